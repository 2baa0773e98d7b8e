import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { CASH_MOVES, kindOf, RowReader } from "./readRow";

/** Tmall/Taobao: the Alipay 账务明细 CSV. The fee type is only in 备注; expenses are negative. */
export const alipayLedger: BillLayout = {
  id: "alipay-ledger",
  platform: "TMALL",
  // Tmall and Taobao stores share the Alipay ledger; only a Tmall store pays 天猫佣金.
  platformFrom: { pattern: /天猫/, otherwise: "TAOBAO" },
  required: ["账务流水号", "收入金额（+元）", "支出金额（-元）", "备注"],
  read(row) {
    const r = new RowReader(row);
    const note = `${r.text("业务类型")} ${r.text("备注")} ${r.text("业务描述")}`;
    const net = r.amount("收入金额（+元）") + r.amount("支出金额（-元）");
    const kind = kindOf(
      note,
      [
        [CASH_MOVES, "cashMove"],
        [/天猫佣金|类目系统/, "commission"],
        [/基础软件服务费/, "softwareFee"],
        [/返点积分|积分/, "points"],
        [/淘宝客/, "affiliate"],
        [/花呗|信用卡|支付服务费|分期/, "paymentFees"],
        [/交易退款|退款/, "refund"],
        [/交易付款|在线支付|交易收款/, "sale"],
      ],
      "other",
    );
    const amount = kind === "sale" ? net : -net;
    return r.result([{ kind, amount, label: kind === "cashMove" || kind === "other" ? r.text("业务类型", "备注") : undefined }], {
      serial: `alipay:${billId(row["账务流水号"])}`,
      order: billId(row["商户订单号"]) || undefined,
      at: r.time("发生时间", "入账时间"),
    });
  },
};
