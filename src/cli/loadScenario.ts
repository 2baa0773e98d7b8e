import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { describeIssue, type Issue, type Lang } from "../engine";
import { scenarioSchema, type Scenario } from "../report/scenario";

export class ScenarioError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ScenarioError";
  }
}

/** "products[3].category" → ["products", 3, "category"] */
export function pathOf(field: string): Array<string | number> {
  return field.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== "").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The line of the deepest node of `path` that exists in the document (a missing key points at its parent). */
export function lineOf(doc: Document, counter: LineCounter, path: Array<string | number>): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

export interface LoadedScenario {
  scenario: Scenario;
  /** Where an engine issue found later in the scenario sits, e.g. "line 14". */
  locate(field: string): string;
}

/** Parses YAML or JSON text (JSON is YAML), validates it, and names each problem's field and line. */
export function loadScenario(text: string, source: string): LoadedScenario {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ScenarioError(doc.errors.map((e) => `${source}:${counter.linePos(e.pos[0]).line}: ${e.message.split("\n")[0]}`));
  }
  const parsed = scenarioSchema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    throw new ScenarioError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
        const field = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "(top level)";
        return `${source}:${lineOf(doc, counter, path) ?? "?"}: ${field}: ${issue.message}`;
      }),
    );
  }
  return { scenario: parsed.data, locate: (field) => `${source}:${lineOf(doc, counter, pathOf(field)) ?? "?"}` };
}

export function issueAt(loaded: LoadedScenario, issue: Issue, lang: Lang): string {
  return `${loaded.locate(issue.field)}: ${describeIssue(issue, lang)}`;
}
