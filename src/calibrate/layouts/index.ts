import type { BillLayout } from "../billTypes";
import { alipayLedger } from "./alipayLedger";
import { douyinFunds } from "./douyinFunds";
import { jdSettlement } from "./jdSettlement";
import { kuaishouSettlement } from "./kuaishouSettlement";
import { pddLedger } from "./pddLedger";
import { wechatFunds } from "./wechatFunds";
import { xiaohongshuOrders } from "./xiaohongshuOrders";

/** Every bill layout ChannelFit reads, most specific header set first (PDD's headers are half Alipay's). */
export const BILL_LAYOUTS: readonly BillLayout[] = [alipayLedger, pddLedger, jdSettlement, douyinFunds, kuaishouSettlement, xiaohongshuOrders, wechatFunds];
