import type { BillLayout } from "../billTypes";
import { billId } from "../billText";
import { CASH_MOVES, kindOf, RowReader } from "./readRow";

/** WeChat 微信小店 资金流水: one money move a row, its type in 动帐类型, the amount signed by 收支类型. */
export const wechatFunds: BillLayout = {
  id: "wechat-funds",
  platform: "WECHAT",
  required: ["流水单号", "动帐类型", "收支金额"],
  read(row) {
    const r = new RowReader(row);
    const type = r.text("动帐类型");
    const amount = Math.abs(r.amount("收支金额"));
    const income = !/支出|出账/.test(r.text("收支类型"));
    const kind = kindOf(
      type,
      [
        [CASH_MOVES, "cashMove"],
        [/订单退款|退款/, "refund"],
        [/订单支付|货款|订单结算/, "sale"],
        [/技术服务费/, "commission"],
        [/达人佣金|带货佣金|佣金/, "affiliate"],
      ],
      "other",
    );
    const signed = kind === "sale" || kind === "refund" || kind === "cashMove" || kind === "other" ? amount : income ? -amount : amount;
    return r.result([{ kind, amount: signed, label: kind === "cashMove" || kind === "other" ? type : undefined }], {
      serial: `wechat:${billId(row["流水单号"])}`,
      order: billId(row["关联订单号"]) || undefined,
      at: r.time("记账时间"),
    });
  },
};
