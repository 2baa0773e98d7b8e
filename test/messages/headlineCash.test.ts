import { messages } from "../../src/messages";

/* The headline's payback speaks of profit; a boss also needs to know when the cash (stock, unsettled payouts, deposits) is back. */
describe("the year-1 headline's payback", () => {
  const zh = messages("zh").plan.headlineYear;
  const en = messages("en").plan.headlineYear;
  it("adds the cash month when it comes after the profit's", () => {
    expect(zh(8_200_000, 12_000_000, -750_000, 23, null)).toContain("第23个月回本,但现金(备货、未结算回款、保证金)计划期内未回正。");
    expect(en(8_200_000, 12_000_000, -750_000, 23, null)).toContain("pays back in month 23, but the cash (stock, unsettled payouts, deposits) is not back within the plan.");
    expect(zh(8_200_000, 12_000_000, -750_000, 14, 18)).toContain("第14个月回本,现金第18个月回正。");
    expect(en(8_200_000, 12_000_000, -750_000, 14, 18)).toContain("pays back in month 14, the cash in month 18.");
  });
  it("says nothing more when the cash is back with the profit, or when nothing pays back", () => {
    expect(zh(8_200_000, 12_000_000, 100_000, 14, 14)).toMatch(/第14个月回本。$/);
    expect(en(8_200_000, 12_000_000, -750_000, null, null)).toMatch(/no payback within the plan\.$/);
  });
});
