import type { ContentCapacity } from "../../data/schema/model";
import type { AgeBand, BrandStatus, CityTier } from "../../data/schema/profiles";
import type { Gender } from "../names/enumIndexes";

/** What the fit score knows about a product and its buyers. Unknown traits are left out of the score, not guessed. */
export interface Product {
  category: string;
  price: number;
  unitCost?: number | undefined;
  ageBand?: AgeBand | undefined;
  gender?: Gender | undefined;
  cityTier?: CityTier | undefined;
  brandStatus?: BrandStatus | undefined;
  contentCapacity?: ContentCapacity | undefined;
}
