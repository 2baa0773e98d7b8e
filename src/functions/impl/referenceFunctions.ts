import { rateCardListing, rateCardListingHeaders } from "../../report/tables/rateCardListing";
import type { Row } from "../../report/tables/rateCardRows";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { isOmitted, platformArg } from "../args";
import { unwrap } from "../excelErrors";
import { label } from "../../messages";

/** Every rate of one platform (or all), one row each: status, source title, address and date, or the estimate's reasoning. */
export function rateCardTable(platform: unknown): Row[] {
  const data = sessionData();
  const lang = displayLanguage();
  const codes = isOmitted(platform) ? Object.keys(data.rateCard.platforms) : [unwrap(platformArg(data, platform))];
  return [rateCardListingHeaders(lang), ...rateCardListing(data, codes, lang)];
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
