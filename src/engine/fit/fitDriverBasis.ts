import { provenanceOf, type FigureKind } from "../../data/provenance/figureProvenance";
import { profileFigure, type ProfileFigureId } from "../../data/provenance/profileFigure";
import type { ReferenceData } from "../../data/referenceData";
import type { FitFactor } from "../../data/schema/model";
import type { Product } from "./product";

/** One profile figure behind a fit factor: which figure, and its kind of provenance (codes; the views put them in words). */
export interface DriverFigure {
  id: ProfileFigureId;
  kind: FigureKind;
  /** The cited source's id in profiles.sources, where the figure cites one. */
  sourceId?: string;
  /** The excerpt's date (or the day of a user's override). */
  date?: string;
}

/** Where the profile figures behind one fit factor come from. */
export interface DriverBasis {
  /** "mixed" when the factor reads several figures of different kinds (an age range across bands). */
  kind: FigureKind | "mixed";
  figures: DriverFigure[];
}

/** The profile figures a factor reads for this product: category and online share (the strength), price tier, or the audience shares it covers. */
function driverIds(platform: string, product: Product, factor: FitFactor): ProfileFigureId[] {
  switch (factor) {
    case "category":
      return [
        { platform, driver: "categoryShare", key: product.category },
        { platform, driver: "onlineShare" },
      ];
    case "price":
      return [{ platform, driver: "priceTier" }];
    case "age":
      return (product.ageBand?.parts ?? []).map((part) => ({ platform, driver: "ageShare", key: part.key }));
    case "gender":
      return [{ platform, driver: "femaleShare" }];
    case "cityTier":
      return (product.cityTier?.parts ?? []).map((part) => ({ platform, driver: "cityTierShare", key: part.key }));
    default:
      return [];
  }
}

/**
 * The provenance of the profile figures behind a fit factor (category strength, price tier, age, gender, city tier) as
 * codes: each figure's id, kind, source id and date; undefined for factors read from the rate card or the model
 * (margin, brand, content).
 */
export function fitDriverBasis(data: ReferenceData, platform: string, product: Product, factor: FitFactor): DriverBasis | undefined {
  const ids = driverIds(platform, product, factor);
  if (ids.length === 0) return undefined;
  let known = built.get(data);
  if (!known) built.set(data, (known = new Map()));
  const key = ids.map((id) => `${id.platform}/${id.driver}/${id.key ?? ""}`).join(",");
  if (!known.has(key)) known.set(key, basisOf(data, ids));
  return known.get(key);
}

/**
 * Bases already built, per data set and figures read: a catalogue's products read a few hundred between them, and a
 * plan's 500,000 reasons of 10,000 products share those instead of holding one each (about 40 MB).
 */
const built = new WeakMap<ReferenceData, Map<string, DriverBasis | undefined>>();

function basisOf(data: ReferenceData, ids: readonly ProfileFigureId[]): DriverBasis | undefined {
  const figures = ids.flatMap((id): DriverFigure[] => {
    const figure = profileFigure(data.profiles, id);
    if (!figure) return [];
    const { kind, sourceId, date } = provenanceOf(figure, data.profiles.sources, data.rateCard.asOf);
    return [{ id, kind, ...(sourceId === undefined ? {} : { sourceId }), ...(date === undefined ? {} : { date }) }];
  });
  if (figures.length === 0) return undefined;
  const kinds = new Set(figures.map((f) => f.kind));
  return { kind: kinds.size === 1 ? [...kinds][0]! : "mixed", figures };
}
