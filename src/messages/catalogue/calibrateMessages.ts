import type { Lang } from "../../engine/core/lang";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** What `npm run calibrate` prints: the rates each bill gives, and one line per file it could not read. */
export const CALIBRATE_MESSAGES = {
  usage: {
    en: () =>
      "Usage: npm run calibrate -- <bill files…> [--json calibration.json] [--lang zh|en]\n  Reads platform bill exports (Alipay 账务明细, JD POP 结算明细, PDD 账务明细, Douyin 资金流水, Kuaishou 结算, Xiaohongshu 订单货款, WeChat 资金流水), detects each by its content, and prints the effective rates.",
    zh: () =>
      "用法: npm run calibrate -- <账单文件…> [--json calibration.json] [--lang zh|en]\n  读取平台账单导出(支付宝账务明细、京东 POP 结算明细、拼多多账务明细、抖店资金流水、快手结算、小红书订单货款、微信小店资金流水),按内容识别格式,并给出实际费率。",
  },
  noFiles: { en: () => "give at least one bill file; see --help.", zh: () => "请至少给一个账单文件,见 --help。" },
  unknownLayout: {
    en: (file: string, headers: string, known: string) => `${file}: not a bill layout ChannelFit knows. Headers found: ${headers || "(none)"}. Known layouts: ${known}.`,
    zh: (file: string, headers: string, known: string) => `${file}: 不是 ChannelFit 认识的账单格式。找到的表头: ${headers || "(无)"}。已支持: ${known}。`,
  },
  noSales: {
    en: (file: string, layout: string) => `${file}: a ${layout} bill with no sales rows, so no rate can be derived.`,
    zh: (file: string, layout: string) => `${file}: 这是 ${layout} 账单,但没有销售收入行,无法推算费率。`,
  },
  unreadableFile: {
    en: (file: string) => `${file}: neither a CSV nor an .xlsx workbook that can be read.`,
    zh: (file: string) => `${file}: 既不是可读的 CSV,也不是可读的 .xlsx 工作簿。`,
  },
  platformLine: {
    en: (platform: string, from: string, to: string, orders: number, sales: string) => `${platform}: ${from} to ${to}, ${orders} orders, sales ¥${sales}`,
    zh: (platform: string, from: string, to: string, orders: number, sales: string) => `${platform}: ${from} 至 ${to},${orders} 单,销售额 ¥${sales}`,
  },
  rateLine: { en: (name: string, rate: string) => `  ${name}: ${rate}`, zh: (name: string, rate: string) => `  ${name}: ${rate}` },
  settlement: { en: (days: number) => `  days from order to money (median): ${days}`, zh: (days: number) => `  下单到回款天数(中位数): ${days}` },
  fileLine: {
    en: (file: string, layout: string, encoding: string, rows: number, used: number) => `${file}: ${layout}, ${encoding}, ${rows} rows, ${used} used`,
    zh: (file: string, layout: string, encoding: string, rows: number, used: number) => `${file}: ${layout},${encoding},${rows} 行,使用 ${used} 行`,
  },
  skipped: { en: (count: number, reason: string) => `  skipped ${count}: ${reason}`, zh: (count: number, reason: string) => `  跳过 ${count} 行: ${reason}` },
  notCost: {
    en: (label: string, count: number, amount: string) => `  not a cost: ${label} ×${count}, ¥${amount}`,
    zh: (label: string, count: number, amount: string) => `  非费用资金变动: ${label} ×${count},¥${amount}`,
  },
  notCalibration: {
    en: (file: string) => `${file} is not a calibration file: make one with npm run calibrate -- <bills…> --json ${file}.`,
    zh: (file: string) => `${file} 不是校准文件:请用 npm run calibrate -- <账单…> --json ${file} 生成。`,
  },
  wrote: { en: (file: string) => `Wrote ${file}`, zh: (file: string) => `已写入 ${file}` },
} satisfies Templates;

/** The rate and skip-reason names `npm run calibrate` prints. */
export const CALIBRATE_NAMES: Record<string, Record<Lang, string>> = {
  commission: { en: "commission", zh: "佣金" },
  softwareFee: { en: "software/technical service fee", zh: "基础软件/技术服务费" },
  points: { en: "points rebate", zh: "积分返点" },
  affiliate: { en: "affiliate commission", zh: "达人/淘宝客/推广佣金" },
  paymentFees: { en: "payment and instalment fees", zh: "支付与分期手续费" },
  refundRate: { en: "refunds", zh: "退款" },
  footer: { en: "totals and footer lines", zh: "合计与表尾行" },
  duplicate: { en: "already read from another file (same serial number)", zh: "已在其他文件中读过(流水号相同)" },
  noAmount: { en: "no amount", zh: "无金额" },
  unreadableNumber: { en: "an amount that is not a number", zh: "金额不是数字" },
};

/** The task pane's drop zone for bills. */
export const CALIBRATE_LABELS = {
  billsTitle: { en: "Your bills (optional)", zh: "你的账单(可选)" },
  billsHint: {
    en: "Drop the bill exports you download from Tmall/Alipay, JD, PDD, Douyin, Kuaishou, Xiaohongshu or WeChat: the plan then uses what your store really pays. Files are read here, never uploaded.",
    zh: "拖入从天猫/支付宝、京东、拼多多、抖店、快手、小红书或微信小店下载的账单:计划将按你店铺的实际费率计算。文件只在本机读取,不会上传。",
  },
  billsDrop: { en: "Drop bill files here, or choose them", zh: "把账单文件拖到这里,或点击选择" },
  billsPeriod: { en: "Period", zh: "期间" },
  billsOrders: { en: "Orders", zh: "订单" },
  billsSales: { en: "Sales (¥)", zh: "销售额(¥)" },
  billsSettlement: { en: "Days to money", zh: "回款天数" },
  billsApplied: { en: "Applied to the plan as negotiated rates (commission, payment fees).", zh: "已作为议价费率用于计划(佣金、支付手续费)。" },
} as const;
