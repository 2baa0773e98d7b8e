import type { ReferenceData } from "../data/referenceData";
import type { ChannelPlan, PlanCompany, PlanProduct } from "../engine";
import type { AssumedInput } from "./assumedInputs";
import type { ScenarioProduct } from "./scenario";

/** The engine's plan with what the views need beside it: the brand, the data it used and the inputs as given. */
export interface PlanResult {
  brand: string;
  /** The reference data the plan was computed with: the built-in card with the scenario's negotiated rates applied. */
  referenceData: ReferenceData;
  company: PlanCompany;
  /** Products as the user gave them (names, SKUs), in the scenario's order, with their resolved traits. */
  inputs: Array<{ input: ScenarioProduct; product: PlanProduct }>;
  /** Money inputs the scenario left out, counted at their defaults: every view tells the user. */
  assumptions: AssumedInput[];
  plan: ChannelPlan;
}
