import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { hashPassword } from "../auth/hash-password";
import { getDb } from "../db/client";
import { importArticle, ImportArticleInput, normalizeArticleText } from "../articles/import-article";
import { createClaim } from "../claims/create-claim";
import { proposeClaims } from "../claims/propose-claims";
import { changeClaimStatus } from "../claims/change-claim-status";
import { addEvidence } from "../evidence/add-evidence";
import { proposeVerdict } from "../verdicts/propose-verdict";
import { approveVerdict } from "../verdicts/approve-verdict";
import { createFlag } from "../flags/create-flag";
import { addComment } from "../comments/add-comment";
import { sha256Hex } from "../crypto/sha256";
import { DEFAULT_RATINGS } from "../ratings/default-scale";
import { DEMO_USERS } from "./demo-users";

const SEED_DIR = path.join(process.cwd(), "prisma", "seed");

const SourcesFile = z.object({
  sources: z.array(
    z.object({
      id: z.string(),
      url: z.string().url(),
      publisher: z.string(),
      published: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/),
      states: z.array(z.string()).min(1),
      bears_on: z.array(z.string()),
    }),
  ),
});

const SOURCE_TITLES: Record<string, string> = {
  "newsbytes-2025-10-30": "China tariffs lowered, rare-earths deal signed during Trump-Xi meeting",
  "theticker-2025-10": "Trump and Xi Jinping meet to discuss trade and tariffs",
  "newindianexpress-2025-10-30": "'Great success': Trump cuts US tariffs on China to 47%, seals one-year rare earths deal after talks with Xi",
  "thewire-2025-10-30": "Trump-Xi Jinping: US to reduce tariffs on China; rare earths exports to continue",
  "plataformamedia-2025-10-30": "Xi, Trump agree on tariff cuts and soybean purchases; US president to visit China in April",
  "peoplesdaily-2023-03-10": "Xi Jinping unanimously elected Chinese president",
  "us-inauguration-2025": "Second inauguration of Donald Trump",
  "scmp-brazil-soybeans-2025": "Brazil shrugs off US-China soybean deal as seasonal trade",
};

/** The demo claims: each quote occurs once in the article; `bears` matches the sources' `bears_on`. */
const DEMO_CLAIMS = [
  { key: "meeting", quote: "At a high-profile summit held in Busan, South Korea on October 30, 2025, U.S. President Donald Trump and Chinese President Xi Jinping met for the first time since 2019.", bears: ["meeting place and date", "first meeting since 2019"], stance: "supports" },
  { key: "inauguration", quote: "These events took place within a month of each other and came just four weeks before Xi’s impending presidential inauguration as president on January 20, 2025.", bears: ["Xi's 'impending presidential inauguration' on January 20, 2025"], stance: "refutes" },
  { key: "truce", quote: "they declared what has been described as a trade truce", bears: [], stance: "supports" },
  { key: "tariffs", quote: "the U.S. will reduce tariffs on Chinese imports from 57 percent to 47 percent", bears: ["tariff cut 57% to 47%"], stance: "supports" },
  { key: "soybeans", quote: "China has agreed to resume large-scale soybean purchases from America and ease export controls for rare earths for at least one year", bears: ["soybean purchases", "rare-earth export controls eased for one year"], stance: "supports" },
  { key: "quote", quote: "Donald Trump described their meeting as “12 out of 10”", bears: ["'12 out of 10' quote"], stance: "supports" },
  { key: "economy", quote: "China used this opportunity to strengthen its economy, diversify trading partners and develop alternative supply chains", bears: [], stance: "context" },
  { key: "rare-earths", quote: "China holds a dominant position in rare-earth mineral production", bears: [], stance: "supports" },
  { key: "suspend", quote: "Through this agreement, Beijing agreed to temporarily suspend fresh export curbs, yet retains the power to reinstate them later if needed", bears: [], stance: "supports" },
  { key: "brazil", quote: "Reuters notes that Brazil would benefit most from any easing in export restrictions by Beijing using rare-earth export curbs in this deal", bears: ["Brazil 'would benefit most' from eased rare-earth export restrictions (Brazil/China mix-up)"], stance: "refutes" },
  { key: "companies", quote: "U.S. companies also offered tariff relief – something with direct costs for American producers – as a condition for Chinese promises.", bears: [], stance: "refutes" },
  { key: "led", quote: "China even led this discussion without being pressured", bears: [], stance: "context" },
  { key: "one-year", quote: "By agreeing to a one-year truce, China gains time to adjust to U.S. tactics", bears: [], stance: "supports" },
] as const;

export const DEMO_ARTICLE_META = {
  publisher: "Demo Daily",
  author: "Staff writer",
  publishedAt: "2025-11-02",
  language: "en",
} as const;

export interface SeedResult {
  usersCreated: number;
  articleCreated: boolean;
  articleId: string;
}

/** Ratings, demo users and the demo article with its claims, evidence, verdicts and flags. Running it twice changes nothing. */
export async function seedDemo(): Promise<SeedResult> {
  const db = getDb();
  const ratingCount = await db.rating.count();
  if (ratingCount === 0) {
    await db.rating.createMany({ data: DEFAULT_RATINGS.map((r, position) => ({ ...r, position })), skipDuplicates: true });
  }

  let usersCreated = 0;
  const actors = new Map<string, Actor>();
  for (const u of DEMO_USERS) {
    let user = await db.user.findUnique({ where: { email: u.email } });
    if (!user) {
      user = await db.user.create({ data: { email: u.email, name: u.name, role: u.role, passwordHash: await hashPassword(u.password) } });
      usersCreated++;
    }
    actors.set(u.email, { id: user.id, role: user.role, name: user.name, email: user.email });
  }
  const actor = (email: string): Actor => {
    const a = actors.get(email);
    if (!a) throw new Error(`demo user ${email} missing`);
    return a;
  };
  const editor = actor("editor@factdesk.test");
  const reviewer = actor("reviewer@factdesk.test");
  const reviewer2 = actor("reviewer2@factdesk.test");

  const raw = await readFile(path.join(SEED_DIR, "demo-article.txt"), "utf8");
  const text = normalizeArticleText(raw);
  const existing = await db.article.findFirst({ where: { sha256: sha256Hex(text) }, select: { id: true } });
  if (existing) return { usersCreated, articleCreated: false, articleId: existing.id };

  const title = text.split("\n", 1)[0]?.trim().replace(/\.$/, "") ?? "Demo article";
  const imported = await importArticle(editor, ImportArticleInput.parse({ title, text, ...DEMO_ARTICLE_META }), { proposeClaims: false, detectFlags: true });
  const articleId = imported.articleId;

  const claimIds = new Map<string, string>();
  for (const c of DEMO_CLAIMS) {
    const start = text.indexOf(c.quote);
    if (start < 0) throw new Error(`seed claim not found in the demo article: ${c.quote.slice(0, 40)}…`);
    const claim = await createClaim(editor, articleId, { start, end: start + c.quote.length });
    claimIds.set(c.key, claim.id);
  }
  // The scorer proposes the other check-worthy sentences, as it would for any article.
  await db.$transaction(async (tx) => {
    const covered = await tx.claim.findMany({ where: { articleId }, select: { start: true, end: true } });
    await proposeClaims(tx, articleId, text, { covered });
  });

  const sources = SourcesFile.parse(JSON.parse(await readFile(path.join(SEED_DIR, "sources.json"), "utf8"))).sources;
  const evidenceOf = new Map<string, string[]>();
  for (const c of DEMO_CLAIMS) {
    const claimId = claimIds.get(c.key)!;
    for (const s of sources.filter((s) => s.bears_on.some((b) => (c.bears as readonly string[]).includes(b)))) {
      const ev = await addEvidence(reviewer, claimId, {
        url: s.url,
        title: SOURCE_TITLES[s.id] ?? `${s.publisher} report`,
        publisher: s.publisher,
        publishedAt: new Date(s.published.length === 7 ? `${s.published}-01T00:00:00Z` : `${s.published}T00:00:00Z`),
        excerpt: s.states.join(" "),
        stance: c.stance,
        accessedAt: new Date("2025-11-03T00:00:00Z"),
        archivedText: undefined,
      });
      evidenceOf.set(c.key, [...(evidenceOf.get(c.key) ?? []), ev.id]);
    }
  }

  const ratings = new Map((await db.rating.findMany()).map((r) => [r.slug, r.id]));
  const rate = async (who: Actor, key: string, slug: string, confidence: number, rationale: string) =>
    proposeVerdict(who, claimIds.get(key)!, { ratingId: ratings.get(slug)!, rationale, confidence, evidenceIds: evidenceOf.get(key) ?? [] });
  const revisionOf = async (key: string) => (await db.claim.findUniqueOrThrow({ where: { id: claimIds.get(key)! } })).revision;

  const meeting = await rate(reviewer, "meeting", "true", 95, "Several reports from October 30, 2025 confirm the Busan meeting on that date and that it was the leaders' first in-person meeting since 2019.");
  await approveVerdict(editor, meeting.id, { claimRevision: await revisionOf("meeting") });
  await changeClaimStatus(editor, claimIds.get("meeting")!, { status: "published", revision: await revisionOf("meeting") });

  const inauguration = await rate(reviewer, "inauguration", "false", 95, "January 20, 2025 was Donald Trump's second inauguration, not Xi's; Xi began his third term as president on March 10, 2023. The date also lies nine months before the October 30, 2025 meeting, so it cannot be 'four weeks' after it.");
  await rate(reviewer2, "inauguration", "false", 90, "Xi was re-elected president in March 2023; no inauguration of Xi was impending in late 2025, and January 20, 2025 is the U.S. inauguration date.");
  await approveVerdict(editor, inauguration.id, { claimRevision: await revisionOf("inauguration") });
  await changeClaimStatus(editor, claimIds.get("inauguration")!, { status: "published", revision: await revisionOf("inauguration") });

  const tariffs = await rate(reviewer, "tariffs", "true", 90, "NewsBytes, The Ticker, AP and The Wire all report the overall U.S. tariff on Chinese goods falling from about 57% to 47%, by halving the fentanyl-related tariff.");
  await approveVerdict(editor, tariffs.id, { claimRevision: await revisionOf("tariffs") });

  await rate(reviewer2, "brazil", "false", 80, "Coverage of Brazil concerns soybeans, where Brazilian growers compete with U.S. farmers; no report says Brazil benefits most from eased rare-earth curbs. The sentence appears to confuse Brazil with China or the U.S.");
  await changeClaimStatus(reviewer2, claimIds.get("brazil")!, { status: "needs_second_review", revision: await revisionOf("brazil") });

  await rate(reviewer2, "quote", "true", 85, "The Ticker reports Trump calling the meeting 'a twelve out of ten'.");
  await rate(reviewer, "companies", "misleading", 60, "Tariff relief is a government measure; U.S. companies did not offer it. The U.S. government lowered tariffs.");

  await createFlag(reviewer, articleId, { kind: "unsupported_assertion", severity: "low", note: "No source is given for China leading the discussion 'without being pressured'.", claimId: claimIds.get("led")! });
  await addComment(editor, claimIds.get("brazil")!, { body: "Sam, can you find the Reuters piece this refers to? If it does not exist, rate False and flag the attribution." });

  return { usersCreated, articleCreated: true, articleId };
}
