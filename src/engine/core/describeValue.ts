/** A short, never-throwing, language-neutral rendering of any received value for an error message. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "";
  if (typeof value === "string") return value.slice(0, 80);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return `[…×${value.length}]`;
  return typeof value === "object" ? "{…}" : typeof value;
}
