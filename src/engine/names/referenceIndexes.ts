import type { RateCard } from "../../data/schema/rateCard";
import { buildNameIndex, type NameIndex } from "./nameIndex";

const platformIndexes = new WeakMap<RateCard, NameIndex<string>>();
const categoryIndexes = new WeakMap<RateCard, NameIndex<string>>();

const labelOf = (name: { zh: string; en: string }) => `${name.en} (${name.zh})`;

export function platformIndex(card: RateCard): NameIndex<string> {
  let index = platformIndexes.get(card);
  if (!index) {
    index = buildNameIndex(Object.entries(card.platforms).map(([code, p]) => ({ code, label: labelOf(p.name), aliases: [p.name.zh, p.name.en, ...p.aliases] })));
    platformIndexes.set(card, index);
  }
  return index;
}

export function categoryIndex(card: RateCard): NameIndex<string> {
  let index = categoryIndexes.get(card);
  if (!index) {
    index = buildNameIndex(Object.entries(card.categories).map(([code, c]) => ({ code, label: labelOf(c.name), aliases: [c.name.zh, c.name.en, ...c.aliases] })));
    categoryIndexes.set(card, index);
  }
  return index;
}
