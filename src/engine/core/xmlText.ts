/**
 * Characters XML 1.0 cannot carry (so no .xlsx part can): C0 controls other than tab, LF and CR, U+FFFE, U+FFFF and
 * surrogates without their pair. One pattern, for the scenario check that refuses them and the writer that strips them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, "g");

/** The first character XML cannot carry: its code point as "U+FFFE" and its 1-based position in characters. */
export function xmlIllegalCharacter(text: string): { codePoint: string; position: number } | undefined {
  const match = XML_ILLEGAL.exec(text);
  if (!match) return undefined;
  const codePoint = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  return { codePoint, position: [...text.slice(0, match.index)].length + 1 };
}

/** The text without any character XML cannot carry. */
export const stripXmlIllegal = (text: string): string => text.replace(XML_ILLEGAL_ALL, "");
