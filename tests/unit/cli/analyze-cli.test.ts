import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const tsx = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/analyze.mts"];

interface AnalyzeJson {
  threshold: number;
  sentences: { start: number; end: number; text: string; score: number; reasons: { label: string }[] }[];
  claims: { start: number; text: string }[];
  flags: { ruleId: string; kind: string; spans: { exact: string }[] }[];
}

describe("npm run analyze", () => {
  it("prints sentences, scores, reasons, claims and flags of a file as JSON", async () => {
    const { stdout } = await run(process.execPath, [...tsx, "prisma/seed/demo-article.txt", "--json"], { maxBuffer: 10 * 1024 * 1024 });
    const out = JSON.parse(stdout) as AnalyzeJson;
    expect(out.sentences.length).toBeGreaterThan(20);
    for (const s of out.sentences) expect(s.score).toBeGreaterThanOrEqual(0);
    expect(out.claims.some((c) => c.text.includes("57 percent to 47 percent"))).toBe(true);
    expect(out.claims.every((c) => out.sentences.some((s) => s.start === c.start))).toBe(true);
    expect(out.flags.some((f) => f.kind === "citation_residue" && f.spans[0]?.exact === "Reuters +2")).toBe(true);
  }, 120_000);

  it("refuses a file it cannot read, with the reason, and exit code 2", async () => {
    const failure = await run(process.execPath, [...tsx, "package.json"]).catch((e: { code: number; stderr: string }) => e);
    expect(failure).toMatchObject({ code: 2 });
    expect((failure as { stderr: string }).stderr).toContain("must be a .txt, .md or .html file");
  }, 120_000);
});
