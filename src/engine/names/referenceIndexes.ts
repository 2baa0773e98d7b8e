import type { RateCard } from "../../data/schema/rateCard";
import { memoPerObject } from "../core/memoPerObject";
import { buildNameIndex, type NameIndex } from "./nameIndex";

type Named = { name: { zh: string; en: string }; aliases: readonly string[] };

/** A name index over one section of the rate card, built once per card. */
const sectionIndex = (section: (card: RateCard) => Record<string, Named>): ((card: RateCard) => NameIndex<string>) =>
  memoPerObject((card) =>
    buildNameIndex(Object.entries(section(card)).map(([code, x]) => ({ code, label: `${x.name.en} (${x.name.zh})`, aliases: [x.name.zh, x.name.en, ...x.aliases] }))),
  );

export const platformIndex = sectionIndex((card) => card.platforms);
export const categoryIndex = sectionIndex((card) => card.categories);
