const { integrationTests } = require("./test/setup/lanes.js");

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const integration = integrationTests(__dirname).map((f) => `${escapeRegExp(f)}$`);

const common = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true }, diagnostics: false },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    // No build, no browser, no LibreOffice: `npm run test:unit`.
    { ...common, displayName: "unit", testMatch: ["**/*.test.ts"], testPathIgnorePatterns: ["/node_modules/", ...integration] },
    // The shipped bundle, CLI, Chromium and LibreOffice: builds dist/ first whenever src/ is newer (`npm run test:integration`).
    { ...common, displayName: "integration", testRegex: integration.length ? integration : ["^$"], globalSetup: "<rootDir>/test/setup/ensureBuilt.js" },
  ],
  reporters: ["default", "<rootDir>/test/setup/summaryReporter.js"],
  testTimeout: 120000,
};
