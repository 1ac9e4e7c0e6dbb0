import { describe, expect, it } from "vitest";
import { chooseChromium, MISSING_CHROMIUM_MESSAGE, MissingChromiumError, SYSTEM_CHROMIUM, type ChromiumProbe } from "@/scripts/chromium";

const PLAYWRIGHT = "/home/me/.cache/ms-playwright/chromium/chrome";

function probe(files: string[], over: Partial<ChromiumProbe> = {}): ChromiumProbe & { installs: number } {
  const present = new Set(files);
  const p = {
    installs: 0,
    configuredPath: undefined,
    exists: (f: string) => present.has(f),
    playwrightPath: PLAYWRIGHT,
    install: () => {
      p.installs++;
      return false;
    },
    ...over,
  };
  return p;
}

describe("chooseChromium", () => {
  it("uses FACTDESK_CHROMIUM_PATH when it names a file", () => {
    expect(chooseChromium(probe(["/opt/chrome", SYSTEM_CHROMIUM], { configuredPath: "/opt/chrome" }))).toEqual({ executablePath: "/opt/chrome", source: "FACTDESK_CHROMIUM_PATH" });
  });

  it("says so when FACTDESK_CHROMIUM_PATH names nothing", () => {
    expect(() => chooseChromium(probe([SYSTEM_CHROMIUM], { configuredPath: "/nope" }))).toThrow("FACTDESK_CHROMIUM_PATH=/nope does not exist.");
  });

  it("prefers the system chromium over Playwright's", () => {
    expect(chooseChromium(probe([SYSTEM_CHROMIUM, PLAYWRIGHT])).executablePath).toBe(SYSTEM_CHROMIUM);
  });

  it("uses Playwright's own browser when it is already installed, without installing", () => {
    const p = probe([PLAYWRIGHT]);
    expect(chooseChromium(p)).toEqual({ executablePath: undefined, source: "playwright" });
    expect(p.installs).toBe(0);
  });

  it("installs Playwright's browser when no Chromium is present", () => {
    const files: string[] = [];
    const p = probe(files);
    p.exists = (f) => files.includes(f);
    p.install = () => {
      files.push(PLAYWRIGHT);
      return true;
    };
    expect(chooseChromium(p)).toEqual({ executablePath: undefined, source: "playwright-installed" });
  });

  it("names what to install when the install fails", () => {
    const p = probe([]);
    expect(() => chooseChromium(p)).toThrow(MissingChromiumError);
    expect(() => chooseChromium(p)).toThrow(MISSING_CHROMIUM_MESSAGE);
    expect(p.installs).toBe(2);
    expect(MISSING_CHROMIUM_MESSAGE).toContain("apt-get install chromium");
    expect(MISSING_CHROMIUM_MESSAGE).toContain("npx playwright install chromium");
    expect(MISSING_CHROMIUM_MESSAGE.split("\n")).toHaveLength(1);
  });
});
