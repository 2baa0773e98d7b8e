import { defaultReferenceData } from "../../src/data/defaultReferenceData";
import { staffingSchema } from "../../src/data/schema/staffing";

const staffing = defaultReferenceData().staffing;
const withBands = (upTos: Array<number | null>) => ({
  ...staffing,
  customerService: { ...staffing.customerService, priceBands: upTos.map((upTo) => ({ upTo, conversationsPerOrder: { value: 0.5, estimate: "test" } })) },
});

describe("staffing price bands", () => {
  it("accepts the shipped bands: rising, the last open-ended", () => {
    expect(staffingSchema.safeParse(staffing).success).toBe(true);
    expect(staffing.customerService.priceBands.map((b) => b.upTo)).toEqual([50, 200, 800, 2000, null]);
  });

  it.each([
    [[200, 50, null], "falling"],
    [[50, 200], "no open-ended last band"],
    [[50, null, 200], "an open band before the last"],
    [[50, 50, null], "a repeated bound"],
  ])("refuses bands %j (%s) with a message saying how bands must be", (upTos) => {
    const parsed = staffingSchema.safeParse(withBands(upTos));
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain("bands must rise in upTo, and only the last band has upTo null");
  });
});
