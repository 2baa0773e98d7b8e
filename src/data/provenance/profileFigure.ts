import type { Profiles } from "../schema/profiles";
import type { Figure } from "../schema/figure";

/** The profile figures a fit driver can read, by their field in profiles.json. */
export type ProfileDriver = "categoryShare" | "onlineShare" | "priceTier" | "ageShare" | "femaleShare" | "cityTierShare";

/** Which profile figure: the platform, the field, and the category, age band or city tier where the field has several. */
export interface ProfileFigureId {
  platform: string;
  driver: ProfileDriver;
  key?: string;
}

/** The figure an id names, or undefined where the profiles have none (an unknown platform, category or band). */
export function profileFigure(profiles: Profiles, id: ProfileFigureId): Figure | undefined {
  const profile = profiles.platforms[id.platform];
  if (!profile) return undefined;
  const { ageShare, femaleShare, cityTierShare } = profile.audience;
  const keyed = (figures: Partial<Record<string, Figure>>) => (id.key === undefined ? undefined : figures[id.key]);
  switch (id.driver) {
    case "categoryShare":
      return keyed(profile.categoryShare);
    case "onlineShare":
      return profile.onlineShare;
    case "priceTier":
      return profile.priceTier;
    case "ageShare":
      return keyed(ageShare);
    case "femaleShare":
      return femaleShare;
    case "cityTierShare":
      return keyed(cityTierShare);
  }
}
