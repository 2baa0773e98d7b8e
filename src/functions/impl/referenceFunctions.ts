import type { Figure } from "../../data/schema/figure";
import type { Lang } from "../../engine";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { isOmitted, platformArg } from "../args";
import { unwrap } from "../excelErrors";
import { label, type LabelKey } from "../labels";

type Row = (string | number)[];

function figureRow(platformName: string, item: string, category: string, figure: Figure, lang: Lang, sources: Record<string, { title: string }>): Row {
  if ("estimate" in figure) return [platformName, item, category, figure.value, label("estimate", lang), "", figure.estimate];
  const title = sources[figure.source]?.title;
  return [platformName, item, category, figure.value, title ? `${figure.source}: ${title}` : figure.source, figure.asOf, figure.note ?? ""];
}

/** Every rate of one platform (or all), one row each, with its source and as-of date or its estimate reasoning. */
export function rateCardRows(platform: unknown): Row[] {
  const data = sessionData();
  const lang = displayLanguage();
  const card = data.rateCard;
  const codes = isOmitted(platform) ? Object.keys(card.platforms) : [unwrap(platformArg(data, platform))];
  const header = (["platform", "item", "category", "value", "source", "asOf", "note"] as LabelKey[]).map((k) => label(k, lang));
  const rows: Row[] = [header];
  for (const code of codes) {
    const p = card.platforms[code]!;
    const name = p.name[lang];
    const row = (item: string, category: string, figure: Figure) => rows.push(figureRow(name, item, category, figure, lang, card.sources));
    for (const [cat, figure] of Object.entries(p.commission)) row(label("commission", lang), card.categories[cat]!.name[lang], figure);
    row(label("paymentFee", lang), "", p.paymentFee);
    for (const other of p.otherDeductions) {
      row(other.name[lang], "", other.rate);
      for (const [cat, figure] of Object.entries(other.byCategory ?? {})) row(other.name[lang], card.categories[cat]!.name[lang], figure);
    }
    row(label("perOrderFee", lang), "", p.perOrderFee);
    row(label("deposit", lang), "", p.deposit);
    row(label("annualFee", lang), "", p.annualFee);
    row(label("adRoiLow", lang), "", p.adRoi.low);
    row(label("adRoiHigh", lang), "", p.adRoi.high);
    row(label("returnRateAdjustment", lang), "", p.returnRateAdjustment);
  }
  return rows;
}

export function platformList(): string[][] {
  const lang = displayLanguage();
  const platforms = Object.entries(sessionData().rateCard.platforms).map(([code, p]) => [code, p.name.en, p.name.zh]);
  return [[label("code", lang), label("english", lang), label("chinese", lang)], ...platforms];
}

export function categoryList(): string[][] {
  const lang = displayLanguage();
  const categories = Object.entries(sessionData().rateCard.categories).map(([code, c]) => [code, c.name.en, c.name.zh]);
  return [[label("code", lang), label("english", lang), label("chinese", lang)], ...categories];
}

export function rateCardVersion(): string {
  const { rateCard, profiles } = sessionData();
  return `ratecard ${rateCard.version} (as of ${rateCard.asOf}); profiles ${profiles.version}`;
}
