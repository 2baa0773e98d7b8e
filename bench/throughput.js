// Calls per second of the shipped NETMARGIN and FIT against bare arithmetic, in a plain Node realm
// (as in Excel's runtime, not Jest's vm sandbox, which slows every call several times), measured two ways:
//
// - host: every function, bare arithmetic included, is called the way Office's custom-functions runtime
//   calls it: looked up by id and invoked through one shared call site, `batch.call.apply(null, values)`,
//   with a fresh argument array that ends in an invocation context (node_modules/@microsoft/office-js/dist/
//   custom-functions-runtime.debug.js, CustomFunctionProxy._invokeFunctionAndSetResult). Arguments come
//   from a 4,096-row sheet of varied platforms (codes and Chinese names), categories, traits and prices.
// - inline: one fixed argument list, and bare arithmetic written as an expression V8 inlines into the loop:
//   a lower bound for arithmetic, not a function call.
//
// No result comes from a cache: every row of the sheet has its own price.
// Prints one JSON line; bench/channelfit.bench.ts runs it in a child process.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const functions = new Map();
class ExcelError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}
globalThis.CustomFunctions = {
  Error: ExcelError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
  associate: (id, fn) => functions.set(id, fn),
};
vm.runInThisContext(fs.readFileSync(path.resolve(__dirname, "../dist/functions.js"), "utf8"), { filename: "dist/functions.js" });

const D = 0.061;
const bareMargin = (p, c, s, a, q, f) => ((1 - q) * (p * (1 - D) - c) - s - a * p - f) / p;
functions.set("BARE", bareMargin);

/**
 * Times `calls` calls in 5 rounds after a warm-up and returns the median rate. Each measurement gets
 * its own copy of the timing loop, so V8's feedback from one measurement cannot help or hurt the next.
 */
const timingLoop = `(calls, call) => {
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += typeof call(i) === "number" ? 1 : 0;
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) sink += typeof call(i) === "number" ? 1 : 0;
    rounds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (sink < 0) throw new Error("unreachable");
  rounds.sort((a, b) => a - b);
  return calls / rounds[2];
}`;
const rate = (calls, call) => vm.runInThisContext(timingLoop)(calls, call);

// The sheet: names as Excel hands them over (strings out of a message, not literals of this file).
const column = (spill) => spill.slice(1).flatMap(([code, , zh]) => [code, zh]);
const platforms = JSON.parse(JSON.stringify(column(functions.get("PLATFORMS")())));
const categories = JSON.parse(JSON.stringify(column(functions.get("CATEGORIES")())));
const ages = ["18-24", "25-30", "31-40", "41+", 28, ""];
const genders = ["female", "male", "all", "女", ""];
const tiers = [1, 2, 3, "一线", ""];
const brands = ["registered", "applied", "none", "R标", ""];
const content = ["none", "low", "medium", "high", "强", ""];
const ROWS = 4096;
const sheet = Array.from({ length: ROWS }, (_, i) => {
  const price = 20 + ((i * 7919) % 4000) * 0.37;
  return {
    margin: [price, price * 0.3, 8, 0.2, 0.15, 5],
    rates: [platforms[i % platforms.length], categories[(i * 7) % categories.length]],
    // Excel passes every declared parameter, an omitted optional one as null (vatRegime, paidShare), then the context.
    netmargin: [platforms[i % platforms.length], categories[(i * 7) % categories.length], price, price * 0.3, 8, 0.2, 0.15, 5, null, null],
    fit: [
      platforms[i % platforms.length],
      categories[(i * 7) % categories.length],
      price,
      ages[i % 6],
      genders[i % 5],
      tiers[(i >> 2) % 5],
      brands[(i >> 3) % 5],
      content[(i >> 1) % 6],
      null,
      null,
    ],
  };
});

/** The runtime's dispatch: one call site for every function, a fresh argument array per invocation. */
function invoke(batch) {
  return batch.call.apply(null, batch.parameterValueSets[0]);
}
function hostRate(id, column, calls) {
  const call = functions.get(id);
  return rate(calls, (i) => {
    const values = sheet[i & (ROWS - 1)][column].slice();
    values.push({ functionName: id, address: "Sheet1!A1" });
    return invoke({ call, isBatching: false, parameterValueSets: [values] });
  });
}

// Every row must be a valid call, or the rates would time error paths. This also makes the dispatch site
// see several functions before any timing, as it does in a workbook that uses more than one.
for (const row of sheet) {
  for (const [id, column] of [
    ["BARE", "margin"],
    ["NETMARGIN", "netmargin"],
    ["FIT", "fit"],
    ["NETPROFIT", "netmargin"],
    ["COMMISSION", "rates"],
    ["FEES", "rates"],
  ]) {
    const values = row[column].slice();
    const value = invoke({ call: functions.get(id), isBatching: false, parameterValueSets: [values] });
    if (typeof value !== "number" || !Number.isFinite(value)) throw new Error(`${id}(${values.join(", ")}) gave ${value}`);
  }
}

const netmargin = functions.get("NETMARGIN");
const fit = functions.get("FIT");
const result = {
  host: {
    bare: hostRate("BARE", "margin", 2_000_000),
    netmargin: hostRate("NETMARGIN", "netmargin", 1_000_000),
    fit: hostRate("FIT", "fit", 500_000),
  },
  inline: {
    bare: rate(2_000_000, (i) => bareMargin(100 + i * 0.001, 30, 8, 0.2, 0.3, 5)),
    netmargin: rate(1_000_000, (i) => netmargin("TMALL", "APPAREL", 100 + i * 0.001, 30, 8, 0.2, 0.3, 5)),
    fit: rate(500_000, (i) => fit("TMALL", "APPAREL", 100 + i * 0.001, "25-30", "female", 1, "registered", "medium")),
  },
};
process.stdout.write(`${JSON.stringify(result)}\n`);
