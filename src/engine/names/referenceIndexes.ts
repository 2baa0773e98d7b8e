import type { RateCard } from "../../data/schema/rateCard";
import { buildNameIndex, type NameIndex } from "./nameIndex";

type Named = { name: { zh: string; en: string }; aliases: readonly string[] };

/** A name index over one section of the rate card, built once per card. */
function memoisedIndex(section: (card: RateCard) => Record<string, Named>): (card: RateCard) => NameIndex<string> {
  const cache = new WeakMap<RateCard, NameIndex<string>>();
  return (card) => {
    let index = cache.get(card);
    if (!index) {
      index = buildNameIndex(Object.entries(section(card)).map(([code, x]) => ({ code, label: `${x.name.en} (${x.name.zh})`, aliases: [x.name.zh, x.name.en, ...x.aliases] })));
      cache.set(card, index);
    }
    return index;
  };
}

export const platformIndex = memoisedIndex((card) => card.platforms);
export const categoryIndex = memoisedIndex((card) => card.categories);
