/** Benchmarks run through Jest only to reuse the TypeScript test harness; they assert nothing about time. */
const base = require("../jest.config.js").projects[0];

module.exports = {
  ...base,
  displayName: undefined,
  testPathIgnorePatterns: ["/node_modules/"],
  rootDir: "..",
  roots: ["<rootDir>/bench"],
  testMatch: ["**/*.bench.ts"],
  reporters: ["default"],
  testTimeout: 600000,
};
