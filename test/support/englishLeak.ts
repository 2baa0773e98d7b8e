/** Three or more ASCII words in a row: an English phrase. Codes, numbers and single terms (ROI, SKU, JSON) are fine. */
const ENGLISH_RUN = /[A-Za-z]{2,}[,;:.]?\s+[A-Za-z]{2,}[,;:.]?\s+[A-Za-z]{2,}/;

/**
 * The English phrase in a Chinese message, if any, once what is not ours to translate is set aside:
 * quoted user input ("…", “…”), commands (npm run plan), options (--out), file paths, field codes
 * (products[0].price, adRoiLow, TMALL), and the list of accepted values after 可用值 (the names a user may type,
 * in both languages).
 */
export function englishLeak(text: string): string | undefined {
  const ours = text
    .replace(/可用值: [^\n]*/g, "可用值")
    .replace(/"[^"\n]*"/g, "“”")
    .replace(/“[^”\n]*”/g, "“”")
    .replace(/npm run \w+/g, "·")
    .replace(/--?[a-z][\w-]*/g, "·")
    .replace(/[\w./\\-]+\.(ya?ml|json|xlsx|tmp)\b/g, "·")
    .replace(/\S*[.[\]]\S*|\b[a-z]+[A-Z]\w*|\b[A-Z][A-Z0-9_]+\b/g, "·");
  return ours.match(ENGLISH_RUN)?.[0];
}

/** Tokens a user never typed in the wizard and cannot read: "NaN", camelCase codes, platform codes, field paths. */
const INTERNAL_CODE =
  /\bNaN\b|\b[a-z]+[A-Z]\w*\b|\b(?!ROI\b|SKU\b|JSON\b|CPC\b|GMV\b|UTF\b|GBK\b|YAML\b|CSV\b|U\+)[A-Z][A-Z0-9_]{2,}\b|\b[a-z]\w*(?:\[\d+\])?\.[a-z]\w*\b|(?:^|[\s::])(?:commission|paymentFee|perOrderFee|adRoiLow|adRoiHigh|returnRateAdjustment):/;

/** An internal code in a message shown in the task pane (which names fields by their labels, not scenario paths). */
export function internalCode(text: string): string | undefined {
  return text
    .replace(/U\+[0-9A-F]{4,6}/g, "")
    .match(INTERNAL_CODE)?.[0]
    ?.trim();
}
