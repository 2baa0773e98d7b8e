// eslint-disable-next-line @typescript-eslint/no-require-imports
const { auditVerdict } = require("../../scripts/audit-verdict");

const report = (vulnerabilities: Record<string, { severity: string; range?: string }>, counts: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts, total: 0 } } });

describe("auditVerdict", () => {
  it("passes a tree with only moderate advisories and counts them", () => {
    expect(auditVerdict(report({ uuid: { severity: "moderate", range: "<14.0.0" } }, { moderate: 1 }))).toEqual({
      checked: true,
      counts: { critical: 0, high: 0, moderate: 1, low: 0, info: 0 },
      blocking: [],
    });
  });

  it("names every high or critical package", () => {
    const verdict = auditVerdict(report({ a: { severity: "high", range: "<2.0.0" }, b: { severity: "critical" }, c: { severity: "low" } }, { high: 1, critical: 1, low: 1 }));
    expect(verdict).toMatchObject({ checked: true, blocking: ["a (high, <2.0.0)", "b (critical)"] });
  });

  it("reports a registry that refuses audit requests as not checked, with the registry's words", () => {
    const refused = JSON.stringify({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk", statusCode: 405 });
    expect(auditVerdict(refused)).toEqual({ checked: false, reason: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" });
    expect(auditVerdict(JSON.stringify({ error: { code: "ENOAUDIT", summary: "Your configured registry does not support audit requests." } }))).toEqual({
      checked: false,
      reason: "Your configured registry does not support audit requests.",
    });
  });

  it("never reads no output or broken output as a clean tree", () => {
    expect(auditVerdict("")).toMatchObject({ checked: false });
    expect(auditVerdict("npm error network timeout")).toMatchObject({ checked: false, reason: expect.stringContaining("network timeout") });
  });
});
