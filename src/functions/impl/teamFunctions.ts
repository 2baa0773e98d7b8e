import { checkNumber, CITY_TIER_NAMES, CONFIGURATION_NAMES, DEFAULTS, platformTeam, RANGES, resolveName, teamPlan, yesNo } from "../../engine";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { cellsOf, isOmitted, orDefault, pairRanges, platformArg, platformPairs } from "../args";
import { unwrap } from "../excelErrors";
import { teamPlanRows } from "../../report/tables/teamPlanRows";

const configurationArg = (value: unknown) => unwrap(resolveName(CONFIGURATION_NAMES, "configuration", orDefault(value, DEFAULTS.configuration)));
const ordersArg = (field: string, value: unknown) => unwrap(checkNumber(field, isOmitted(value) ? 0 : value, RANGES.orders));
/** An average order value, or null when left out: the team is then sized on orders alone. */
const orderValueArg = (field: string, value: unknown) => (isOmitted(value) ? null : unwrap(checkNumber(field, value, RANGES.orderValue)));

export function headcount(platform: unknown, monthlyOrders: unknown, configuration: unknown, sharedDesign: unknown, avgOrderValue: unknown = null): number {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const orders = unwrap(checkNumber("monthlyOrders", monthlyOrders, RANGES.orders));
  return platformTeam(data.staffing, data.profiles.platforms[p]!, {
    monthlyOrders: orders,
    averageOrderValue: orderValueArg("avgOrderValue", avgOrderValue),
    configuration: configurationArg(configuration),
    sharedRoles: unwrap(yesNo("sharedDesign", sharedDesign, false)),
  }).total;
}

/** Role × platform table with a shared column, a total column, a people row and a monthly labour cost row. */
export function teamPlanTable(platforms: unknown, monthlyOrders: unknown, configuration: unknown, cityTier: unknown, avgOrderValues: unknown = null): (string | number)[][] {
  const data = sessionData();
  const lang = displayLanguage();
  const pairs = unwrap(platformPairs(data, platforms, "monthlyOrders", monthlyOrders));
  const values = isOmitted(avgOrderValues) ? null : cellsOf(avgOrderValues);
  if (values) unwrap(pairRanges("platforms", platforms, "avgOrderValues", avgOrderValues));
  const kept = cellsOf(platforms)
    .map((p, i) => [p, i] as const)
    .filter(([p]) => !isOmitted(p))
    .map(([, i]) => i);
  const entries = pairs.map(({ platform, value }, i) => ({
    platform,
    monthlyOrders: ordersArg(`monthlyOrders[${i + 1}]`, value),
    averageOrderValue: values ? orderValueArg(`avgOrderValues[${i + 1}]`, values[kept[i]!]) : null,
  }));
  const tier = unwrap(resolveName(CITY_TIER_NAMES, "cityTier", orDefault(cityTier, DEFAULTS.salaryCityTier)));
  const plan = teamPlan(data, { platforms: entries, configuration: configurationArg(configuration), cityTier: tier });
  return teamPlanRows(data, plan, lang);
}
