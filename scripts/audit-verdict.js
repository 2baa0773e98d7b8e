// What `npm audit --json` said, as a verdict: checked with counts, or not checked and why.
"use strict";

const SEVERITIES = ["critical", "high", "moderate", "low", "info"];

/**
 * @param {string} stdout `npm audit --omit=dev --json` output
 * @returns {{ checked: true, counts: Record<string, number>, blocking: string[] } | { checked: false, reason: string }}
 */
function auditVerdict(stdout) {
  let report;
  try {
    report = JSON.parse(stdout);
  } catch {
    return { checked: false, reason: `npm audit printed no JSON report (${stdout.trim().slice(0, 120) || "no output"})` };
  }
  const counts = report && report.metadata && report.metadata.vulnerabilities;
  if (!counts || typeof counts !== "object") {
    const said = (report && (report.message || (report.error && (report.error.summary || report.error.code)))) || "no advisory counts in the report";
    return { checked: false, reason: String(said).slice(0, 300) };
  }
  const blocking = Object.entries(report.vulnerabilities || {})
    .filter(([, v]) => v && (v.severity === "high" || v.severity === "critical"))
    .map(([name, v]) => `${name} (${v.severity}${v.range ? `, ${v.range}` : ""})`);
  return { checked: true, counts: Object.fromEntries(SEVERITIES.map((s) => [s, Number(counts[s]) || 0])), blocking };
}

module.exports = { auditVerdict, SEVERITIES };
