import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { DEFAULTS } from "../../src/engine";
import { computePlan } from "../../src/taskpane/wizard/computePlan";
import { defaultDraft, type Draft } from "../../src/taskpane/wizard/wizardDraft";

/* The wizard has fields for shipping and rent (prefilled, and an emptied one is refused) and an empty one for other fixed
   costs: left empty, the plan step names them as counted at ¥0 instead of the draft supplying ¥0 unseen. */
const data = defaultReferenceData();
const today = new Date("2026-12-06T08:00:00Z");
const planned = (draft: Draft) => {
  const outcome = computePlan(data, draft, "en", today);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
};

describe("the wizard's plan and the inputs it assumed", () => {
  it("names other fixed costs, the one money field the wizard starts empty", () => {
    const draft = defaultDraft();
    expect(draft.company.otherFixedPerMonth).toBeUndefined();
    expect(planned(draft).assumptions).toEqual([{ code: "other_fixed_not_given", assumed: DEFAULTS.otherFixedPerMonth }]);
  });

  it("names shipping when a restored draft holds none (its field shows empty), and nothing once both are given", () => {
    const restored = defaultDraft();
    delete restored.products[0]!.shipping;
    expect(planned(restored).assumptions.map((a) => a.code)).toEqual(["shipping_not_given", "other_fixed_not_given"]);
    const given = defaultDraft();
    given.company.otherFixedPerMonth = 2000;
    expect(planned(given).assumptions).toEqual([]);
  });
});
