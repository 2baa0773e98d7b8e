// Calls per second of the shipped NETMARGIN and FIT in a plain Node realm (as in Excel's runtime,
// not Jest's vm sandbox, which slows every call several times), against bare arithmetic.
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
globalThis.CustomFunctions = { Error: ExcelError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" }, associate: (id, fn) => functions.set(id, fn) };
vm.runInThisContext(fs.readFileSync(path.resolve(__dirname, "../dist/functions.js"), "utf8"), { filename: "dist/functions.js" });

function rate(calls, call) {
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += call(i) ? 1 : 0;
  const rounds = [];
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) sink += call(i) ? 1 : 0;
    rounds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  if (sink < 0) throw new Error("unreachable");
  rounds.sort((a, b) => a - b);
  return calls / rounds[2];
}

const netmargin = functions.get("NETMARGIN");
const fit = functions.get("FIT");
// Every call gets a distinct price, so nothing can be answered from a cache of earlier calls.
const bare = (p, c, s, a, q, f) => ((1 - q) * (p * (1 - 0.061) - c) - s - a * p - f) / p;
const result = {
  bare: rate(1_000_000, (i) => bare(100 + i * 0.001, 30, 8, 0.2, 0.3, 5)),
  netmargin: rate(200_000, (i) => netmargin("TMALL", "APPAREL", 100 + i * 0.001, 30, 8, 0.2, 0.3, 5)),
  fit: rate(50_000, (i) => fit("TMALL", "APPAREL", 100 + i * 0.001, "25-30", "female", 1, "registered", "medium")),
};
process.stdout.write(`${JSON.stringify(result)}\n`);
