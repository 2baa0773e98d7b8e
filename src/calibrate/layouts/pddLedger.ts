import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { CASH_MOVES, kindOf, RowReader } from "./readRow";

/** The date an order was placed, from PDD's YYMMDD-… order number. */
const orderDate = (order: string) => {
  const m = /^(\d{2})(\d{2})(\d{2})-/.exec(order);
  return m ? `20${m[1]}-${m[2]}-${m[3]} 00:00:00` : undefined;
};

/** PDD 账务明细 CSV (GB18030, preamble, 收入合计/支出合计 footer): coded 业务描述 such as 0030002|技术服务费. */
export const pddLedger: BillLayout = {
  id: "pdd-ledger",
  platform: "PDD",
  required: ["商户订单号", "发生时间", "收入金额（+元）", "支出金额（-元）", "账务类型"],
  read(row) {
    const r = new RowReader(row);
    const text = `${r.text("业务描述")} ${r.text("账务类型")} ${r.text("备注")}`;
    const net = r.amount("收入金额（+元）") + r.amount("支出金额（-元）");
    const kind = kindOf(
      text,
      [
        [/^0070|推广|充值/, "cashMove"],
        [CASH_MOVES, "cashMove"],
        [/^0030|技术服务费/, "softwareFee"],
        [/^0060|多多进宝/, "affiliate"],
        [/^0020|退款/, "refund"],
        [/^0010|交易收入|货款/, "sale"],
      ],
      "other",
    );
    const order = billId(row["商户订单号"]);
    return r.result([{ kind, amount: kind === "sale" ? net : -net, label: kind === "other" || kind === "cashMove" ? r.text("业务描述", "账务类型") : undefined }], {
      serial: `pdd:${order}|${r.text("业务描述")}|${r.text("发生时间")}|${net}`,
      order: order || undefined,
      at: r.time("发生时间"),
      orderedAt: orderDate(order),
    });
  },
};
