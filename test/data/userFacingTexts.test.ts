import fs from "node:fs";
import path from "node:path";

/* The estimates' reasoning, the figures' notes and the sources' titles are shown to users (the wizard's ⓘ, the
   workbook's Rate card, Costs and Comparison sheets, =CHANNEL.RATECARD()): they name evidence, never the repository's
   files, its issue tracker ("issue 20", "issue #20", 第21号议题) or the code's names for figures (monthlyExemptSales). */
const DATA = path.resolve(__dirname, "../../src/data");
const FILES = ["ratecard.json", "costs.json", "profiles.json", "staffing.json", "planning.json", "fitRules.json", "model.json"];
const INTERNAL = /\b[a-zA-Z]+\.(json|ts|md)\b|\bissue #?\d+|议题|\bsrc\/|\btest\/|\b[a-z]+[A-Z][a-z]+[A-Za-z]*\b/;
/** Names a source spells in camel case: company names, not code. */
const NAMES = /\biResearch\b/g;

function userTexts(value: unknown, key = "", out: string[] = []): string[] {
  if (typeof value === "string" && /^(estimate|estimateZh|note|noteZh|reason|en|zh|title)$/.test(key)) out.push(value.replace(NAMES, ""));
  else if (Array.isArray(value)) value.forEach((v) => userTexts(v, key, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) if (k !== "notes" && k !== "$schema") userTexts(v, k, out);
  return out;
}

describe("texts users read in the reference data", () => {
  it.each(FILES)("%s names no repository file or issue in its estimates and notes", (file) => {
    const texts = userTexts(JSON.parse(fs.readFileSync(path.join(DATA, file), "utf8")));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => INTERNAL.test(t))).toEqual([]);
  });

  it("nor do their Chinese translations", () => {
    const zh = JSON.parse(fs.readFileSync(path.join(DATA, "reasoningZh.json"), "utf8")) as { texts: Record<string, string> };
    expect(Object.values(zh.texts).filter((t) => INTERNAL.test(t))).toEqual([]);
  });
});
