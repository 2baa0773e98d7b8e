import fc from "fast-check";
import { formulaCalculator as F } from "../../src/engine/calc/formulaCalculator";
import { addFen, emptyLine, FIXED_LINES, MONEY_LINES, VARIABLE_LINES } from "../../src/engine/plan/monthLine";
import { closeLine, monthProfit } from "../../src/engine/plan/monthClose";
import { roundToFen } from "../../src/engine/money/roundHalfEven";

const fen = fc.integer({ min: -50_000_000, max: 500_000_000 }).map((f) => f / 100);

describe("monthProfit: a month's contribution, profit, profit so far and net profit per order", () => {
  it("adds up to the fen exactly as whole-fen sums do, for any month of whole-fen lines", () => {
    fc.assert(
      fc.property(fc.array(fen, { minLength: MONEY_LINES.length, maxLength: MONEY_LINES.length }), fen, fc.nat({ max: 100_000 }), (values, before, orders) => {
        const line = emptyLine(3, "TMALL");
        MONEY_LINES.forEach((k, i) => (line[k] = values[i]!));
        line.orders = orders;
        closeLine(line, before);
        const contribution = addFen(line.sales, ...VARIABLE_LINES.map((k) => -line[k]));
        const profit = addFen(contribution, ...FIXED_LINES.map((k) => -line[k]));
        expect(line.contribution).toBe(contribution);
        expect(line.profit).toBe(profit);
        expect(line.cumulativeProfit).toBe(addFen(before, profit));
        expect(line.netProfitPerOrder).toBe(orders > 0 ? roundToFen(profit / orders) : null);
      }),
      { numRuns: 500 },
    );
  });

  it("works a month by hand, and writes the formulas over the cells that hold its lines", () => {
    const line = emptyLine(1, "JD");
    Object.assign(line, { sales: 10_000, returns: 1_000, goods: 4_000, ads: 2_000, vat: 300, labour: 1_500, rent: 200, orders: 40 });
    closeLine(line, -500);
    // 10,000 − 1,000 − 4,000 − 2,000 − 300 = 2,700; less 1,500 and 200: 1,000; so far −500 + 1,000 = 500; 1,000 ÷ 40 = 25.
    expect([line.contribution, line.profit, line.cumulativeProfit, line.netProfitPerOrder]).toEqual([2_700, 1_000, 500, 25]);
    const cells = Object.fromEntries(MONEY_LINES.map((k, i) => [k, `R${i}`])) as Record<(typeof MONEY_LINES)[number], string>;
    const f = monthProfit(F, { lines: cells, orders: "ORD", previousCumulativeProfit: "PREV" }, { contribution: "C", profit: "P" });
    // Contribution is sales less the fifteen variable lines (R1–R15); profit reads the placed contribution cell C, less
    // the six fixed lines (R17–R22); the running total reads P.
    expect(f.contribution).toBe("ROUND((R0-((R1+R2+R3+R4+R5+R6+R7+R8+R9+R10+R11+R12+R13+R14+R15))),2)");
    expect(f.profit).toBe("ROUND((C-((R17+R18+R19+R20+R21+R22))),2)");
    expect(f.cumulativeProfit).toBe("ROUND((PREV+P),2)");
    expect(f.netProfitPerOrder).toContain("IF(ORD>0,");
    const none = emptyLine(2, "JD");
    closeLine(none, 0);
    expect(none.netProfitPerOrder).toBeNull();
  });
});
