// Which Chromium the end-to-end tests drive, so `npm test` works on a fresh machine without Playwright's
// "run npx playwright install" box: a configured or system Chromium first, else Playwright's own (installed
// on first use), else one line saying what to install.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const MISSING_CHROMIUM_MESSAGE =
  "No Chromium for the end-to-end tests: install one with `apt-get install chromium` (or `npx playwright install chromium`), or set FACTDESK_CHROMIUM_PATH to a Chromium binary.";

export interface ChromiumChoice {
  /** The binary to launch; `undefined` means Playwright's own downloaded browser. */
  executablePath: string | undefined;
  /** Why this one, for the log line. */
  source: "FACTDESK_CHROMIUM_PATH" | "system" | "playwright" | "playwright-installed";
}

export interface ChromiumProbe {
  configuredPath: string | undefined;
  exists: (file: string) => boolean;
  /** Where Playwright's own Chromium lives once installed. */
  playwrightPath: string;
  /** Runs `playwright install chromium`; true when it succeeded. */
  install: () => boolean;
}

export class MissingChromiumError extends Error {
  constructor(detail?: string) {
    super(detail ? `${detail} ${MISSING_CHROMIUM_MESSAGE}` : MISSING_CHROMIUM_MESSAGE);
    this.name = "MissingChromiumError";
  }
}

/** Picks the browser: FACTDESK_CHROMIUM_PATH, then /usr/bin/chromium, then Playwright's (installing it when missing). */
export function chooseChromium(probe: ChromiumProbe): ChromiumChoice {
  if (probe.configuredPath) {
    if (!probe.exists(probe.configuredPath)) throw new MissingChromiumError(`FACTDESK_CHROMIUM_PATH=${probe.configuredPath} does not exist.`);
    return { executablePath: probe.configuredPath, source: "FACTDESK_CHROMIUM_PATH" };
  }
  if (probe.exists(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: "system" };
  if (probe.exists(probe.playwrightPath)) return { executablePath: undefined, source: "playwright" };
  if (probe.install() && probe.exists(probe.playwrightPath)) return { executablePath: undefined, source: "playwright-installed" };
  throw new MissingChromiumError();
}

/** The real probe: this machine's files, and Playwright's installer with its output kept quiet. */
export function machineProbe(playwrightPath: string): ChromiumProbe {
  return {
    configuredPath: process.env.FACTDESK_CHROMIUM_PATH || undefined,
    exists: existsSync,
    playwrightPath,
    install: () => {
      console.log("Installing Playwright's Chromium for the end-to-end tests (npx playwright install chromium)…");
      const cli = path.join(process.cwd(), "node_modules", ".bin", "playwright");
      const run = spawnSync(cli, ["install", "chromium"], { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
      return run.status === 0;
    },
  };
}
