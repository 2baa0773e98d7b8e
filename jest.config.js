/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node", esModuleInterop: true, resolveJsonModule: true, isolatedModules: true }, diagnostics: false },
    ],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
  globalSetup: "<rootDir>/test/setup/ensureBuilt.js",
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/setup/summaryReporter.js"],
};
