// Prints a plain "tests: N passed, N failed" line (the form CI reads in any language) and keeps the counts in artifacts/.
const fs = require("node:fs");
const path = require("node:path");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests,
      suitesFailed: results.numFailedTestSuites + results.numRuntimeErrorTestSuites,
    };
    const dir = path.resolve(__dirname, "../../artifacts");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "test-summary.json"), JSON.stringify(summary));
    process.stdout.write(`tests: ${summary.passed} passed, ${summary.failed + summary.suitesFailed} failed\n`);
  }
}

module.exports = SummaryReporter;
