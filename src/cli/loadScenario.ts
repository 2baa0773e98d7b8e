import { issuePath } from "../engine/core/issuePath";
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import { type Issue, type Lang } from "../engine";
import { describeIssue, messages } from "../messages";
import { SCENARIO_LIMITS, scenarioSchema, type Scenario } from "../scenario/scenario";
import { issueFromZod } from "../scenario/zodIssues";
import { tooDeepAt } from "./nestingDepth";
import { plainJson } from "./plainJson";

/** Anchors reused this many times are fine; an alias bomb multiplies far past it and is refused. */
export const MAX_ALIAS_COUNT = 10_000;
export const MAX_DEPTH = 64;
/**
 * List items and separators (commas, "- " items) a scenario may hold before it is parsed: 10,000 products of a dozen
 * fields on one line each stay far below; a list of millions is refused before the parser builds millions of nodes.
 */
export const MAX_LIST_ENTRIES = 200_000;

/** Commas plus block-list items ("- " at a line's start): an upper bound on the list entries the text can hold. */
function listEntries(text: string): number {
  let count = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) count++;
    else if (lineStart && c === 45 && (i + 1 === text.length || text.charCodeAt(i + 1) <= 32)) count++;
    if (c === 10) lineStart = true;
    else if (c !== 32 && c !== 9) lineStart = false;
  }
  return count;
}

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ScenarioError";
  }
}

/** The line of a field: its key's line in a mapping, its item's line in a list; a missing part points at the deepest part found. */
export function lineOf(doc: Document, counter: LineCounter, path: ReadonlyArray<string | number>): number | undefined {
  const at = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line : undefined);
  let node: unknown = doc.contents;
  let line = at(node);
  for (const part of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(part));
      if (!pair) break;
      line = at(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof part === "number" && node.items[part] !== undefined) {
      node = node.items[part];
      line = at(node) ?? line;
    } else break;
    if (isAlias(node)) break;
  }
  return line;
}

export interface LoadedScenario {
  scenario: Scenario;
  /** Where a field sits, e.g. "s.yaml:14". */
  locate(field: string): string;
}

function parseErrorText(code: string, at: string, lang: Lang): string {
  const say = messages(lang).cli;
  if (code === "DUPLICATE_KEY") return say.duplicateKey(at);
  return say.yamlSyntax(at);
}

function toJs(doc: Document, source: string, lang: Lang): unknown {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const say = messages(lang).cli;
    if (error instanceof ReferenceError && /alias count/i.test(error.message)) throw new ScenarioError([say.tooManyAliases(source, MAX_ALIAS_COUNT)]);
    if (error instanceof ReferenceError && /unresolved alias/i.test(error.message)) throw new ScenarioError([say.unknownAlias(source)]);
    if (error instanceof RangeError) throw new ScenarioError([say.tooDeep(source, MAX_DEPTH)]);
    throw error;
  }
}

/** Parses YAML or JSON text (JSON is YAML), validates it, and names each problem's field and line in the user's language. */
export function loadScenario(raw: string, source: string, lang: Lang = "en"): LoadedScenario {
  // CR alone ends a line in files saved by classic Mac tools; YAML reads only LF and CRLF as line breaks.
  const text = raw.replace(/\r(?!\n)/g, "\n");
  if (listEntries(text) > MAX_LIST_ENTRIES)
    throw new ScenarioError([messages(lang).cli.tooManyEntries(source, MAX_LIST_ENTRIES, SCENARIO_LIMITS.products, SCENARIO_LIMITS.overrides)]);
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep !== undefined) throw new ScenarioError([messages(lang).cli.tooDeep(`${source}:${deep}`, MAX_DEPTH)]);
  const json = plainJson(text);
  if (json !== undefined) {
    const parsed = scenarioSchema.safeParse(json);
    // The YAML document is built only when a later check names a field's line.
    let located: ((field: string) => string) | undefined;
    if (parsed.success) return { scenario: parsed.data, locate: (field) => (located ??= loadYaml(text, source, lang).locate)(field) };
  }
  return loadYaml(text, source, lang);
}

/** The YAML path: every problem named with its line. */
function loadYaml(text: string, source: string, lang: Lang): LoadedScenario {
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) throw new ScenarioError([messages(lang).cli.tooDeep(source, MAX_DEPTH)]);
    throw error;
  }
  const tags = doc.warnings.filter((w) => w.code === "TAG_RESOLVE_FAILED");
  if (tags.length > 0) throw new ScenarioError(tags.map((w) => messages(lang).cli.unknownTag(`${source}:${counter.linePos(w.pos[0]).line}`, /(!\S*)/.exec(w.message)?.[1] ?? "!")));
  if (doc.errors.length > 0) throw new ScenarioError(doc.errors.map((e) => parseErrorText(e.code, `${source}:${counter.linePos(e.pos[0]).line}`, lang)));
  const input = toJs(doc, source, lang);
  const locate = (field: string) => `${source}:${lineOf(doc, counter, issuePath(field)) ?? "?"}`;
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((zodIssue) => issueFromZod(zodIssue, input, scenarioSchema));
    throw new ScenarioError(issues.map((issue) => describeAt(locate, issue, lang)));
  }
  return { scenario: parsed.data, locate };
}

/** An issue with the line of its field, and of the other field it names (the first of a duplicate pair). */
export function describeAt(locate: (field: string) => string, issue: Issue, lang: Lang): string {
  const field = issue.code === "unknown_field" && issue.keys.length > 0 ? `${issue.field === "(top)" ? "" : `${issue.field}.`}${issue.keys[0]}` : issue.field;
  const named = issue.code === "duplicate" ? { ...issue, otherField: `${issue.otherField} (${locate(issue.otherField)})` } : issue;
  return `${locate(field)}: ${describeIssue(named, lang)}`;
}
