import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * The workbook's formulas come from the engine's quantities on the formula backend (src/engine/calc), so the report
 * never writes an Excel function call as a string: a hand-written SUMIFS( or IF( there would be a second copy of an
 * engine quantity, kept equal to it by nothing. Even the workbook's own checks (the plan-status flag) are written with
 * the formula backend's workbook-only operations (TableLookups). An entry here needs a reason a reader accepts.
 */
const ALLOWED: Record<string, { functions: readonly string[]; reason: string }> = {};

const REPORT = join(__dirname, "..", "..", "src", "report");
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));

/** An Excel function call in a string: an upper-case name (dots allowed, as CHANNEL.PLAN) right before "(". */
const CALL = /(?<![A-Za-z0-9_.$])([A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*)\(/g;

/** The text of every string literal and template piece of a source file (comments are not strings). */
function stringsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

function functionCalls(): string[] {
  const found: string[] = [];
  for (const file of files(REPORT)) {
    const name = relative(REPORT, file);
    const allowed = ALLOWED[name]?.functions ?? [];
    for (const text of stringsOf(file)) for (const m of text.matchAll(CALL)) if (!allowed.includes(m[1]!)) found.push(`${name}: ${m[1]}( in "${text.slice(0, 80)}"`);
  }
  return found;
}

describe("no hand-written Excel formulas in the report", () => {
  it("finds calls in strings, and not in comments or code", () => {
    const probe = join(__dirname, "noFormulaStrings.test.ts");
    expect(stringsOf(probe).some((s) => [...s.matchAll(CALL)].some((m) => m[1] === "SUMIFS"))).toBe(true);
    expect([..."x = ROUND($A$1,2)+SUM(A1:A3)".matchAll(CALL)].map((m) => m[1])).toEqual(["ROUND", "SUM"]);
    expect([..."platformName(data) fen(x) CF_Products".matchAll(CALL)]).toEqual([]);
  });

  it("writes no Excel function call as a string literal in src/report outside the allow-list", () => {
    expect(functionCalls()).toEqual([]);
  });
});

// A probe for the first test: a string that holds a call, as a sheet would have written one.
export const PROBE = "ROUND(SUMIFS($E:$E,$A:$A,1),2)";
