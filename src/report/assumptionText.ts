import type { Lang } from "../engine";
import { messages } from "../messages";
import type { AssumedInput } from "../scenario/assumedInputs";

/** An input the plan assumed because it was left out, in one sentence of the user's language: the same in every view. */
export function assumptionText(a: AssumedInput, lang: Lang): string {
  const say = messages(lang).assumed;
  switch (a.code) {
    case "shipping_not_given":
      return say.shippingNotGiven(a.skus, a.products, a.assumed);
    case "rent_not_given":
      return say.rentNotGiven(a.assumed);
    case "other_fixed_not_given":
      return say.otherFixedNotGiven(a.assumed);
  }
}
