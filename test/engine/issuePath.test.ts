import { issuePath } from "../../src/engine/core/issuePath";
import { wizardField } from "../../src/taskpane/wizard/wizardField";

describe("issuePath: one parser for every view that points at a field", () => {
  it.each([
    ["scenario.products[3].category", ["products", 3, "category"]],
    ["products[3] on TMALL.price", ["products", 3, "price"]],
    ["company.existingStores.天猫", ["company", "existingStores", "天猫"]],
    ["overrides[12].value (negotiated)", ["overrides", 12, "value"]],
    ["brand", ["brand"]],
  ])("%s → %j", (field, path) => {
    expect(issuePath(field)).toEqual(path);
  });

  it("the wizard puts a field on its step with its label in the user's language", () => {
    expect(wizardField("products[0].price", "zh").step).toBe(0);
    expect(wizardField("company.platforms[1]", "en").step).toBe(2);
    expect(wizardField("overrides[2].value", "en").label).toMatch(/ 3 · /);
  });
});
