// Splits the tests into two Jest projects by what they use, so a new test lands in the right lane by itself:
// - integration: the built bundle (dist/), the command line, a browser, LibreOffice, another process, or a whole
//   workbook evaluated in HyperFormula (support/specSheets: minutes, not seconds);
// - unit: everything else (pure engine, data, report and scenario code), which needs no build and runs in seconds.
const fs = require("node:fs");
const path = require("node:path");

const INTEGRATION_MARKERS = [
  /support\/(shippedBundle|hyperformulaHarness|specSheets|libreOfficeRecalc|planCli|browser|staticServer|fakeExcel)["']/,
  /["']node:child_process["']|["']child_process["']/,
  /["']playwright-core["']/,
  /["'](\.\.\/)+dist["']/,
];

function testFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return testFiles(full);
    return e.name.endsWith(".test.ts") ? [full] : [];
  });
}

function integrationTests(root) {
  return testFiles(path.join(root, "test")).filter((file) => {
    const text = fs.readFileSync(file, "utf8");
    return INTEGRATION_MARKERS.some((marker) => marker.test(text));
  });
}

module.exports = { integrationTests };
