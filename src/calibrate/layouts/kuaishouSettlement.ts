import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { RowReader } from "./readRow";

/** Kuaishou 小店 结算: one order a row; fees in their own columns (written positive or negative). */
export const kuaishouSettlement: BillLayout = {
  id: "kuaishou-settlement",
  platform: "KUAISHOU",
  required: ["订单号", "订单实付(元)", "技术服务费(元)"],
  read(row) {
    const r = new RowReader(row);
    const cost = (...h: string[]) => h.reduce((s, x) => s + Math.abs(r.amount(x)), 0);
    return r.result(
      [
        { kind: "sale", amount: r.amount("订单实付(元)") },
        { kind: "refund", amount: cost("订单退款(元)") },
        { kind: "commission", amount: cost("技术服务费(元)", "预售增收技术服务费（元）") },
        { kind: "affiliate", amount: cost("达人佣金(元)", "团长佣金(元)", "快赚客佣金(元)", "服务商佣金(元)") },
      ],
      { serial: `kuaishou:${billId(row["订单号"])}`, order: billId(row["订单号"]) || undefined, at: r.time("实际结算时间"), orderedAt: r.time("订单创建时间") },
    );
  },
};
