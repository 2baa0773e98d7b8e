import { adRatio, checkNumber, deductions, RANGES } from "../../engine";
import { costFigure } from "../../engine/costs";
import { sessionData } from "../../shared/session";
import { categoryArg, orDefault, platformArg } from "../args";
import { unwrap } from "../excelErrors";

export function commissionRate(platform: unknown, category: unknown): number {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const c = unwrap(categoryArg(data, category));
  return data.rateCard.platforms[p]!.commission[c]!.value;
}

export function totalFees(platform: unknown, category: unknown): number {
  const data = sessionData();
  return deductions(data.rateCard, unwrap(platformArg(data, platform)), unwrap(categoryArg(data, category))).total;
}

export function adSpendRatio(platform: unknown, paidShare: unknown): number {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const share = unwrap(checkNumber("paidShare", orDefault(paidShare, costFigure(data.costs, p, "", "paidShare").value), RANGES.fraction));
  return adRatio(data.rateCard, p, share);
}
