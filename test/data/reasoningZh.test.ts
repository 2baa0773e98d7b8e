import { z } from "zod";
import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import reasoningZh from "../../src/data/reasoningZh.json";
import { reasoningText, reasoningZhTexts } from "../../src/data/reasoningText";
import { rateCardRows } from "../../src/report/tables/rateCardRows";
import { englishLeak } from "../support/englishLeak";

/* Issue 22 §2: the zh Rate card sheet's note column was English. Every note and estimate reasoning of the built-in
   rate card has its Chinese in src/data/reasoningZh.json, keyed by the English text. */
const data = defaultReferenceData();

/** Every note, estimate reasoning and replacing rule (replacedBy) of the built-in rate card. */
function cardTexts(): string[] {
  const texts = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== "object" || node === null) return;
    const o = node as Record<string, unknown>;
    if (typeof o.value === "number") for (const key of ["estimate", "note", "replacedBy"]) if (typeof o[key] === "string") texts.add(o[key]);
    for (const [key, child] of Object.entries(o)) if (key !== "sources") walk(child);
  };
  walk(data.rateCard);
  return [...texts];
}

describe("the rate card's reasoning in Chinese", () => {
  it("is a reasoning-zh v1 file of English → Chinese texts (the shape the run time trusts)", () => {
    const schema = z.strictObject({ $schema: z.literal("reasoning-zh v1"), about: z.string(), texts: z.record(z.string().min(1).max(1200), z.string().min(1).max(1200)) });
    expect(schema.safeParse(reasoningZh).success).toBe(true);
  });

  it("has a Chinese text for every note and estimate of the built-in card, with no English phrase left", () => {
    const texts = cardTexts();
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((t) => !(t in reasoningZhTexts()))).toEqual([]);
    expect(texts.map((t) => reasoningText(t, "zh")).filter((zh) => !/[\u4e00-\u9fff]/.test(zh) || englishLeak(zh))).toEqual([]);
  });

  it("has Chinese for the wizard plan step's notes: the new-store ramps, the seasonality and the 80/20 basis", () => {
    const texts = [...Object.values(data.planning.demandRamp).map((ramp) => ramp.estimate), data.model.seasonality.estimate, data.model.allocation.basis];
    expect(texts).toHaveLength(5);
    expect(texts.map((t) => reasoningText(t, "zh")).filter((zh) => !/[\u4e00-\u9fff]/.test(zh) || englishLeak(zh))).toEqual([]);
  });

  it("fills the zh Rate card sheet's note column in Chinese and leaves the en one as written", () => {
    const codes = Object.keys(data.rateCard.platforms);
    const zhNotes = rateCardRows(data, codes, "zh").map((r) => String(r[6]));
    const enNotes = rateCardRows(data, codes, "en").map((r) => String(r[6]));
    expect(zhNotes.filter((n) => n && englishLeak(n))).toEqual([]);
    expect(zhNotes.filter(Boolean).length).toBe(enNotes.filter(Boolean).length);
    expect(enNotes.filter(Boolean).every((n) => cardTexts().includes(n))).toBe(true);
  });

  it("keeps a text it has no Chinese for (a user's own card) as written", () => {
    expect(reasoningText("Negotiated with our account manager", "zh")).toBe("Negotiated with our account manager");
  });
});
