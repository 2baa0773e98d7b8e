import { checkNumber, CITY_TIER_NAMES, CONFIGURATION_NAMES, DEFAULTS, platformTeam, RANGES, resolveName, teamPlan, yesNo } from "../../engine";
import { displayLanguage } from "../../shared/displayLanguage";
import { sessionData } from "../../shared/session";
import { isOmitted, orDefault, platformArg, platformPairs } from "../args";
import { unwrap } from "../excelErrors";
import { teamPlanRows } from "../../report/tables/teamPlanRows";

const configurationArg = (value: unknown) => unwrap(resolveName(CONFIGURATION_NAMES, "configuration", orDefault(value, DEFAULTS.configuration)));
const ordersArg = (field: string, value: unknown) => unwrap(checkNumber(field, isOmitted(value) ? 0 : value, RANGES.orders));

export function headcount(platform: unknown, monthlyOrders: unknown, configuration: unknown, sharedDesign: unknown): number {
  const data = sessionData();
  const p = unwrap(platformArg(data, platform));
  const orders = unwrap(checkNumber("monthlyOrders", monthlyOrders, RANGES.orders));
  return platformTeam(data.staffing, data.profiles.platforms[p]!, {
    monthlyOrders: orders,
    configuration: configurationArg(configuration),
    sharedRoles: unwrap(yesNo("sharedDesign", sharedDesign, false)),
  }).total;
}

/** Role × platform table with a shared column, a total column, a people row and a monthly labour cost row. */
export function teamPlanTable(platforms: unknown, monthlyOrders: unknown, configuration: unknown, cityTier: unknown): (string | number)[][] {
  const data = sessionData();
  const lang = displayLanguage();
  const pairs = unwrap(platformPairs(data, platforms, "monthlyOrders", monthlyOrders));
  const entries = pairs.map(({ platform, value }, i) => ({ platform, monthlyOrders: ordersArg(`monthlyOrders[${i + 1}]`, value) }));
  const tier = unwrap(resolveName(CITY_TIER_NAMES, "cityTier", orDefault(cityTier, DEFAULTS.salaryCityTier)));
  const plan = teamPlan(data, { platforms: entries, configuration: configurationArg(configuration), cityTier: tier });
  return teamPlanRows(data, plan, lang);
}
