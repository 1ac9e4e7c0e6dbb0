// `npm run analyze -- FILE [--json] [--published YYYY-MM-DD] [--threshold 0.3]`: sentences, scores, reasons,
// proposed claims and flags of an article file — the same lib/ code the app runs on import.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { analyzeText } from "../lib/analysis/analyze-text";
import { detectFlags } from "../lib/flags/detect-flags";
import { convertArticleFile } from "../lib/import/convert-article-file";
import { normalizeArticleText } from "../lib/articles/import-article";
import { DateInput } from "../lib/validation/common";

const Args = z.object({
  file: z.string({ error: "FILE is required: npm run analyze -- article.txt [--json]" }).min(1),
  json: z.boolean().default(false),
  published: DateInput.optional(),
  threshold: z.coerce.number().min(0, "--threshold must be between 0 and 1").max(1, "--threshold must be between 0 and 1").optional(),
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: "boolean" }, published: { type: "string" }, threshold: { type: "string" } },
});
const parsed = Args.safeParse({ file: positionals[0], json: values.json, published: values.published, threshold: values.threshold });
if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join(".") || "args"}: ${i.message}`).join("\n"));
const args = parsed.data;

let bytes: Buffer;
try {
  bytes = await readFile(args.file);
} catch (error) {
  fail(`Cannot read ${args.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}
let text: string;
try {
  text = normalizeArticleText(convertArticleFile({ fileName: path.basename(args.file), bytes }, 50 * 1024 * 1024).text);
} catch (error) {
  fail(`${args.file}: ${(error as Error).message}`);
}

const analysis = analyzeText(text, { threshold: args.threshold });
const flags = detectFlags(text, { publishedAt: args.published ?? null });

if (args.json) {
  const sentence = (s: (typeof analysis.sentences)[number]) => ({ start: s.start, end: s.end, text: s.text, score: Number(s.score.toFixed(4)), reasons: s.reasons });
  process.stdout.write(
    JSON.stringify({ threshold: analysis.threshold, sentences: analysis.sentences.map(sentence), claims: analysis.claims.map(sentence), flags }, null, 2) + "\n",
  );
} else {
  const bar = (score: number) => "█".repeat(Math.round(score * 10)).padEnd(10, "·");
  console.log(`${analysis.sentences.length} sentences, ${analysis.claims.length} proposed claims (score ≥ ${analysis.threshold.toFixed(2)}), ${flags.length} flags\n`);
  for (const s of analysis.sentences) {
    const mark = s.score >= analysis.threshold ? "CLAIM" : "     ";
    console.log(`${mark} ${bar(s.score)} ${s.score.toFixed(2)}  [${s.start}–${s.end}] ${s.text.length > 110 ? s.text.slice(0, 107) + "…" : s.text}`);
    if (s.score >= analysis.threshold && s.reasons.length) console.log(`      ${" ".repeat(16)}${s.reasons.map((r) => (r.weight < 0 ? "− " : "+ ") + r.label).join(" · ")}`);
  }
  if (flags.length) {
    console.log("\nFlags:");
    for (const f of flags) {
      console.log(`  ${f.severity.toUpperCase().padEnd(6)} ${f.kind} (${f.ruleId}) [${f.spans[0]?.start}–${f.spans[0]?.end}] “${f.spans[0]?.exact}”`);
      console.log(`         ${f.explanation}`);
    }
  }
}
