// Offline checks for manifest.xml: what office-addin-manifest's online validator would catch for us,
// plus ChannelFit's own rules (namespace, shared runtime, URLs that match the build output).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { XMLParser, XMLValidator } = require("fast-xml-parser");

const NAMESPACE = "CHANNEL";
/** Documented child order (learn.microsoft.com/office/dev/add-ins/develop/manifest-element-ordering). */
const ORDER = {
  OfficeApp: [
    "Id",
    "AlternateId",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "Dictionary",
    "VersionOverrides",
  ],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "EquivalentAddins", "VersionOverrides"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  ExtensionPoint: ["Script", "Page", "Metadata", "Namespace", "OfficeTab", "CustomTab"],
  Resources: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"],
  Control: ["Label", "Supertip", "Icon", "Action"],
};
/** Which resource list each referring element must point into. */
const RESID_KIND = {
  "bt:Image": "bt:Images",
  SourceLocation: "bt:Urls",
  LearnMoreUrl: "bt:Urls",
  FunctionFile: "bt:Urls",
  Runtime: "bt:Urls",
  Namespace: "bt:ShortStrings",
  Label: "bt:ShortStrings",
  Title: "bt:ShortStrings",
  Description: "bt:LongStrings",
};

function toTree(nodes) {
  return nodes
    .filter((n) => !("#text" in n))
    .map((n) => {
      const name = Object.keys(n).find((k) => k !== ":@");
      const children = n[name];
      const text = children
        .filter((c) => "#text" in c)
        .map((c) => String(c["#text"]))
        .join("")
        .trim();
      return { name, attrs: n[":@"] || {}, children: toTree(children), text };
    });
}

function* walk(node, parents = []) {
  yield { node, parents };
  for (const child of node.children) yield* walk(child, [...parents, node]);
}

function checkOrder(node, problems) {
  const order = ORDER[node.name];
  if (!order) return;
  let last = -1;
  for (const child of node.children) {
    const at = order.indexOf(child.name);
    if (at === -1) continue;
    if (at < last) problems.push(`<${child.name}> is out of order inside <${node.name}>: expected order ${order.join(", ")}`);
    last = Math.max(last, at);
  }
}

/**
 * @param {string} xml manifest text
 * @param {{ distDir?: string }} options distDir: check that every URL under the add-in's base points at a built file
 * @returns {string[]} problems, empty when the manifest passes
 */
function checkManifest(xml, options = {}) {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", parseTagValue: false, parseAttributeValue: false });
  const roots = toTree(parser.parse(xml)).filter((n) => n.name !== "?xml");
  const problems = [];
  const root = roots[0];
  if (!root || root.name !== "OfficeApp") return ["the root element must be <OfficeApp>"];
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push('<OfficeApp xsi:type> must be "TaskPaneApp"');

  const all = [...walk(root)];
  const find = (name) => all.filter((e) => e.node.name === name).map((e) => e.node);
  for (const { node } of all) checkOrder(node, problems);

  const id = find("Id")[0];
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id.text)) problems.push("<Id> must be a GUID");
  const version = find("Version")[0];
  if (!version || !/^\d+(\.\d+){0,3}$/.test(version.text)) problems.push("<Version> must look like 1.0.0.0");
  if (find("Permissions")[0]?.text !== "ReadWriteDocument") problems.push("<Permissions> must be ReadWriteDocument (the least the task pane needs to write sheets)");

  const resources = {};
  for (const kind of ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"]) {
    resources[kind] = new Map();
    for (const list of find(kind))
      for (const item of list.children) {
        if (resources[kind].has(item.attrs.id)) problems.push(`resource id "${item.attrs.id}" is defined twice in <${kind}>`);
        resources[kind].set(item.attrs.id, item);
      }
  }
  const stringOf = (kind, resid) => resources[kind].get(resid)?.attrs.DefaultValue;

  for (const { node, parents } of all) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const kind = node.name === "Description" && parents.at(-1)?.name === "VersionOverrides" ? "bt:LongStrings" : RESID_KIND[node.name];
    if (!kind) continue;
    if (!resources[kind].has(resid)) {
      const elsewhere = Object.keys(resources).find((k) => resources[k].has(resid));
      problems.push(
        elsewhere ? `resid "${resid}" on <${node.name}> must be defined in <${kind}>, not <${elsewhere}>` : `resid "${resid}" on <${node.name}> is not defined in <Resources>`,
      );
    }
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
  }

  const urls = [];
  for (const { node } of all) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = node.attrs[attr];
      const isUrl =
        ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"].includes(node.name) ||
        (node.name === "Override" && /^[a-z]+:\/\//i.test(v || "")) ||
        (node.name === "bt:Override" && /^[a-z]+:\/\//i.test(v || ""));
      if (v !== undefined && isUrl) urls.push({ where: `<${node.name}${node.attrs.id ? ` id="${node.attrs.id}"` : ""}>`, url: v });
    }
    if (node.name === "AppDomain") urls.push({ where: "<AppDomain>", url: node.text });
  }
  for (const { where, url } of urls) if (!/^https:\/\//i.test(url)) problems.push(`${where} uses a non-HTTPS URL: ${url}`);

  const namespaceRef = find("Namespace")[0]?.attrs.resid;
  const namespace = namespaceRef && stringOf("bt:ShortStrings", namespaceRef);
  if (namespace !== NAMESPACE) problems.push(`custom-functions namespace must be "${NAMESPACE}", found "${namespace ?? "(none)"}"`);

  const setNames = find("Set").map((s) => `${s.attrs.Name}@${s.attrs.MinVersion}`);
  if (!setNames.includes("SharedRuntime@1.1")) problems.push('<Requirements> must include <Set Name="SharedRuntime" MinVersion="1.1"/>');
  const runtime = find("Runtime")[0];
  if (!runtime) problems.push("<Runtimes><Runtime> is missing: custom functions and the task pane must share one runtime");
  else {
    if (runtime.attrs.lifetime !== "long") problems.push('<Runtime lifetime> must be "long" so functions keep running with the task pane closed');
    const pageRef = all.find((e) => e.node.name === "SourceLocation" && e.parents.at(-1)?.name === "Page")?.node.attrs.resid;
    const functionFile = find("FunctionFile")[0]?.attrs.resid;
    const taskpane = all.find((e) => e.node.name === "SourceLocation" && e.parents.at(-1)?.name === "Action")?.node.attrs.resid;
    for (const [what, ref] of [
      ["custom functions <Page>", pageRef],
      ["<FunctionFile>", functionFile],
      ["the ribbon button's task pane", taskpane],
    ]) {
      if (ref !== runtime.attrs.resid) problems.push(`${what} uses resid "${ref}" but the shared <Runtime> uses "${runtime.attrs.resid}": they must be the same`);
    }
  }
  const expectFile = (parentName, file) => {
    const ref = all.find((e) => e.node.name === "SourceLocation" && e.parents.at(-1)?.name === parentName)?.node.attrs.resid;
    const url = ref && stringOf("bt:Urls", ref);
    if (url && !url.endsWith(`/${file}`)) problems.push(`custom functions <${parentName}> should point at ${file}, found ${url}`);
  };
  expectFile("Script", "functions.js");
  expectFile("Metadata", "functions.json");
  if (!find("DisplayName")[0]?.children.some((c) => c.name === "Override" && /^zh-cn$/i.test(c.attrs.Locale))) problems.push('<DisplayName> needs an <Override Locale="zh-CN">');

  if (options.distDir) {
    const base = stringOf("bt:Urls", runtime?.attrs.resid)?.replace(/[^/]*$/, "");
    for (const { where, url } of urls) {
      if (!base || !url.startsWith(base)) continue;
      const file = path.join(options.distDir, url.slice(base.length).split(/[?#]/)[0]);
      if (!fs.existsSync(file)) problems.push(`${where} points at ${url}, but the build has no ${path.relative(process.cwd(), file)}`);
    }
  }
  return problems;
}

module.exports = { checkManifest, NAMESPACE };
