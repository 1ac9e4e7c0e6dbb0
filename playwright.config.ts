import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { chooseChromium, machineProbe, MissingChromiumError, type ChromiumChoice } from "./scripts/chromium";

const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;

// FACTDESK_CHROMIUM_PATH, else Debian's chromium, else Playwright's own (installed when missing); when none can
// be had, one line saying what to install instead of Playwright's "npx playwright install" box.
function browser(): ChromiumChoice {
  try {
    return chooseChromium(machineProbe(chromium.executablePath()));
  } catch (error) {
    if (!(error instanceof MissingChromiumError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
const { executablePath } = browser();

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  // The tests share one seeded database and follow a review from proposal to export: one at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [["list"]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL,
    viewport: { width: 1440, height: 900 },
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "npx tsx --conditions=react-server scripts/start.mts",
    url: `${baseURL}/signin`,
    // A cold `next build` on a busy 2-core machine can take longer than five minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "e2e-secret-0123456789abcdef0123456789",
      // A fresh embedded database per run unless the caller gives one.
      FACTDESK_DATA_DIR: process.env.E2E_DATA_DIR ?? path.join(tmpdir(), `factdesk-e2e-${process.pid}`),
      ...(process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { DATABASE_URL: "" }),
    },
  },
});
