import type { Lang } from "../../engine/core/lang";

type Templates = Record<string, Record<Lang, (...args: never[]) => string>>;

/** What the command line prints: progress, the summary, and one line per failure naming the user's path and what to do. */
export const CLI_MESSAGES = {
  usage: {
    en: () =>
      "Usage: npm run plan -- [scenario.yaml|scenario.json] [--out file.xlsx] [--json plan.json] [--lang zh|en] [--debug]\n  With no scenario, plans the built-in sample brand (examples/warmhill-knitwear.yaml).\n  Default output: out/channel-plan.xlsx. --json also writes the whole plan as JSON. Default language: zh. --debug adds a stack trace to errors.",
    zh: () =>
      "用法: npm run plan -- [方案.yaml|方案.json] [--out 文件.xlsx] [--json 计划.json] [--lang zh|en] [--debug]\n  不给方案文件时,规划内置的示例品牌(examples/warmhill-knitwear.yaml)。\n  默认输出 out/channel-plan.xlsx;--json 另把整个计划写成 JSON;默认语言 zh;--debug 在出错时附上调用栈。",
  },
  badLang: { en: (got: string) => `--lang must be zh or en, got "${got}".`, zh: (got: string) => `--lang 只能是 zh 或 en,收到 "${got}"。` },
  unknownOption: { en: (option: string) => `unknown option ${option}; see --help.`, zh: (option: string) => `未知选项 ${option},请查看 --help。` },
  twoScenarios: { en: (a: string, b: string) => `give one scenario file, got ${a} and ${b}.`, zh: (a: string, b: string) => `只能给一个方案文件,收到 ${a} 和 ${b}。` },
  jsonNotJson: { en: (out: string) => `--json must name a .json file, got "${out}".`, zh: (out: string) => `--json 需要以 .json 结尾的文件名,收到 "${out}"。` },
  wroteJson: { en: (file: string, kb: number) => `Wrote ${file} (${kb} KB)`, zh: (file: string, kb: number) => `已写入 ${file}(${kb} KB)` },
  outNotXlsx: { en: (out: string) => `--out must name an .xlsx file, got "${out}".`, zh: (out: string) => `--out 需要以 .xlsx 结尾的文件名,收到 "${out}"。` },
  problems: {
    en: (count: number, lines: string) => `ChannelFit: the scenario has ${count} problem(s):\n- ${lines}`,
    zh: (count: number, lines: string) => `ChannelFit: 方案中有 ${count} 个问题:\n- ${lines}`,
  },
  failed: { en: (line: string) => `ChannelFit: ${line}`, zh: (line: string) => `ChannelFit: ${line}` },
  planning: {
    en: (products: number, platforms: number, file: string) => `Planning ${products} product(s) × ${platforms} platforms from ${file}…`,
    zh: (products: number, platforms: number, file: string) => `正在规划 ${file}: ${products} 个产品 × ${platforms} 个平台…`,
  },
  scored: {
    en: (done: number, all: number, pct: number) => `  scored ${done}/${all} products (${pct}%)`,
    zh: (done: number, all: number, pct: number) => `  已评分 ${done}/${all} 个产品(${pct}%)`,
  },
  writingSheets: { en: (sheets: number) => `  writing ${sheets} sheets…`, zh: (sheets: number) => `  正在写入 ${sheets} 个工作表…` },
  wrote: {
    en: (file: string, kb: number, seconds: string) => `\nWrote ${file} (${kb} KB) in ${seconds} s`,
    zh: (file: string, kb: number, seconds: string) => `\n已写入 ${file}(${kb} KB),用时 ${seconds} 秒`,
  },
  summaryTitle: { en: (brand: string) => `\n${brand} channel plan`, zh: (brand: string) => `\n${brand} 渠道规划` },
  summaryTeam: {
    en: (people: number, cost: string) => `Team at its peak: ${people} people including shared design, ${cost} a month.`,
    zh: (people: number, cost: string) => `团队高峰 ${people} 人(含共享设计),月人力成本 ${cost}。`,
  },
  summaryYear: {
    en: (year: number, sales: string, profit: string, afterTax: string) =>
      `Year ${year}: sales ${sales} (before refunds), profit before income tax ${profit}, after it ${afterTax}.`,
    zh: (year: number, sales: string, profit: string, afterTax: string) =>
      `第${"一二三四五"[year - 1] ?? year}年:销售额 ${sales}(含退款),税前利润 ${profit},税后净利润 ${afterTax}。`,
  },
  summaryCash: {
    en: (peak: string, peakMonth: number | null, month: number | null) =>
      `Peak cash needed: ${peak}${peakMonth === null ? "" : `, in month ${peakMonth} (losses so far, deposits, stock bought ahead and payouts not yet settled)`}; ${month === null ? "the cash is not back within the plan" : `the cash is back for good from month ${month}`}.`,
    zh: (peak: string, peakMonth: number | null, month: number | null) =>
      `最大资金需求 ${peak}${peakMonth === null ? "" : `(第${peakMonth}个月:累计亏损、保证金、提前备货和未结算回款)`};现金${month === null ? "计划期内未回正" : `第${month}个月起持续回正`}。`,
  },
  // File and parse failures: what happened to the user's path, and what to do.
  noSuchFile: { en: (file: string) => `${file}: no such file; check the path.`, zh: (file: string) => `${file}: 文件不存在,请检查路径。` },
  cannotRead: {
    en: (file: string) => `${file}: cannot be read (permission denied); check the file's permissions.`,
    zh: (file: string) => `${file}: 没有读取权限,请检查文件权限。`,
  },
  isFolder: { en: (file: string) => `${file}: is a folder, not a file; name a file.`, zh: (file: string) => `${file}: 这是文件夹而不是文件,请指定一个文件。` },
  tooBig: {
    en: (file: string, mb: number) => `${file}: larger than ${mb} MB; a scenario is a small text file.`,
    zh: (file: string, mb: number) => `${file}: 超过 ${mb} MB;方案应是一个小的文本文件。`,
  },
  cannotWrite: {
    en: (file: string, option = "--out") => `${file}: cannot write here (permission denied or read-only); choose another folder with ${option}.`,
    zh: (file: string, option = "--out") => `${file}: 无法写入(没有权限或只读),请用 ${option} 选择其他文件夹。`,
  },
  readOnlyOutput: {
    en: (file: string, option = "--out") => `${file}: the file exists and is read-only; make it writable to replace it, or choose another name with ${option}.`,
    zh: (file: string, option = "--out") => `${file}: 文件已存在且为只读;如要替换请先取消只读,或用 ${option} 换一个文件名。`,
  },
  sameAsScenario: {
    en: (option: string, file: string) => `${option} ${file} is the scenario file itself; writing there would overwrite your scenario. Choose another name.`,
    zh: (option: string, file: string) => `${option} ${file} 就是方案文件本身,写入会覆盖你的方案;请换一个文件名。`,
  },
  nameTooLong: {
    en: (file: string) => `${file}: the file name is too long for this file system; choose a shorter name.`,
    zh: (file: string) => `${file}: 文件名超过了文件系统允许的长度,请换一个短一些的名字。`,
  },
  diskFull: { en: (file: string) => `${file}: the disk is full; free some space and run again.`, zh: (file: string) => `${file}: 磁盘已满,请释放空间后重试。` },
  fileTooLarge: {
    en: (file: string) => `${file}: the file-size limit of this shell was reached; raise it (ulimit -f) or write elsewhere.`,
    zh: (file: string) => `${file}: 超过了当前环境的文件大小限制,请提高限制(ulimit -f)或换个位置写入。`,
  },
  notAFolder: {
    en: (file: string, option = "--out") => `${file}: a file is in the way of this folder; choose another path with ${option}.`,
    zh: (file: string, option = "--out") => `${file}: 路径中有同名文件挡住了文件夹,请用 ${option} 选择其他路径。`,
  },
  outIsFolder: {
    en: (file: string, option = "--out") => `${file}: is a folder; give ${option} a file name ending in ${option === "--json" ? ".json" : ".xlsx"}.`,
    zh: (file: string, option = "--out") => `${file}: 这是文件夹,请给 ${option} 一个以 ${option === "--json" ? ".json" : ".xlsx"} 结尾的文件名。`,
  },
  fileFault: {
    en: (file: string, code: string) => `${file}: file error ${code}; check the path and run again.`,
    zh: (file: string, code: string) => `${file}: 文件错误 ${code},请检查路径后重试。`,
  },
  notUtf8: {
    en: (file: string) => `${file}: the file is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 and run again.`,
    zh: (file: string) => `${file}: 文件既不是 UTF-8 也不是 GBK/GB18030 文本,请另存为 UTF-8 后重试。`,
  },
  readAsGbk: { en: (file: string) => `${file}: read as GB18030 (GBK), not UTF-8.`, zh: (file: string) => `${file}: 已按 GB18030(GBK)编码读取,而不是 UTF-8。` },
  yamlSyntax: {
    en: (at: string) => `${at}: this is not valid YAML or JSON here; check indentation, colons and quotes.`,
    zh: (at: string) => `${at}: 此处不是有效的 YAML 或 JSON,请检查缩进、冒号和引号。`,
  },
  unknownTag: {
    en: (at: string, tag: string) => `${at}: the YAML tag ${tag} is not supported; remove it and write the value plainly.`,
    zh: (at: string, tag: string) => `${at}: 不支持 YAML 标签 ${tag},请删除它并直接写出数值。`,
  },
  duplicateKey: { en: (at: string) => `${at}: this key appears twice; keep one.`, zh: (at: string) => `${at}: 此键重复出现,请只保留一个。` },
  tooManyAliases: {
    en: (at: string, max: number) => `${at}: the YAML aliases (*name) expand to too much data (more than ${max} alias uses or an alias bomb); write the values out.`,
    zh: (at: string, max: number) => `${at}: YAML 别名(*name)展开后数据过多(超过 ${max} 次或为别名炸弹),请直接写出数值。`,
  },
  unknownAlias: {
    en: (at: string) => `${at}: this alias (*name) has no matching anchor (&name) before it.`,
    zh: (at: string) => `${at}: 此别名(*name)之前没有对应的锚点(&name)。`,
  },
  tooDeep: {
    en: (at: string, max: number) => `${at}: nested more than ${max} levels deep; a scenario needs only a few.`,
    zh: (at: string, max: number) => `${at}: 嵌套超过 ${max} 层;方案只需要几层。`,
  },
  tooManyEntries: {
    en: (at: string, max: number, products: number, overrides: number) =>
      `${at}: holds more than ${max.toLocaleString("en")} list entries; a scenario has at most ${products.toLocaleString("en")} products and ${overrides.toLocaleString("en")} rate overrides.`,
    zh: (at: string, max: number, products: number, overrides: number) =>
      `${at}: 列表条目超过 ${max.toLocaleString("en")} 个;方案最多只有 ${products.toLocaleString("en")} 个产品和 ${overrides.toLocaleString("en")} 条费率覆盖。`,
  },
  interrupted: { en: (signal: string) => `ChannelFit: stopped by ${signal}; nothing was written.`, zh: (signal: string) => `ChannelFit: 被 ${signal} 中止,未写入任何内容。` },
  unexpected: {
    en: (detail: string) => `ChannelFit: unexpected error (${detail}); run again with --debug and report it.`,
    zh: (detail: string) => `ChannelFit: 意外错误(${detail}),请加 --debug 重新运行并报告此问题。`,
  },
} satisfies Templates;
