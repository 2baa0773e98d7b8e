import type { ContentCapacity } from "../../data/schema/model";
import type { BrandStage } from "../../data/schema/planning";
import type { AgeBand, BrandStatus, CityTier } from "../../data/schema/profiles";
import type { AudienceMix } from "../names/audienceMix";
import type { Gender } from "../names/enumIndexes";

/**
 * What the fit score knows about a product and its buyers. Unknown traits are left out of the score, not guessed.
 * Age and city tier are mixes of the profiles' bands, so a range ("18-30", "一二线") is scored by its overlap.
 */
export interface Product {
  category: string;
  price: number;
  unitCost?: number | undefined;
  ageBand?: AudienceMix<AgeBand> | undefined;
  gender?: Gender | undefined;
  cityTier?: AudienceMix<CityTier> | undefined;
  brandStatus?: BrandStatus | undefined;
  contentCapacity?: ContentCapacity | undefined;
  /** The brand's stage and its existing annual sales, read by platforms' entry gates (Vipshop, Dewu). */
  brandStage?: BrandStage | undefined;
  currentAnnualSales?: number | undefined;
}
