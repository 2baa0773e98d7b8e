import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serveFolder } from "./staticServer";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findChromium } = require("../../scripts/chromium");

export const ROOT = path.resolve(__dirname, "../..");
export const E2E_DIST = path.join(ROOT, "artifacts/e2e-dist");
export const SCREENSHOTS = path.join(ROOT, "artifacts/screenshots");

/** A development build with the local Office.js copy, so the page never reaches for the CDN. */
export function buildForBrowser(): void {
  execSync(`npx webpack --mode development --env officeJs=local --env outDir=${path.relative(ROOT, E2E_DIST)}`, { cwd: ROOT, stdio: "pipe" });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
}

export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: run `node scripts/system-deps.js` (installs Debian's chromium) or set CHROMIUM_PATH.");
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The built task pane served on localhost and a Chromium to open it, set up once for a test file and closed after. */
export function servedPane(): { browser(): Browser; url(): string } {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    buildForBrowser();
    server = await serveFolder(E2E_DIST);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, url: () => server!.url };
}
