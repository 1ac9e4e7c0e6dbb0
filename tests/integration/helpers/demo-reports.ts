import { getDb } from "../../../lib/db/client";
import type { Actor } from "../../../lib/auth/actor";
import { seedDemo } from "../../../lib/seed/seed-demo";
import { resolveFlag } from "../../../lib/flags/resolve-flag";

export interface DemoDesk {
  articleId: string;
  editor: Actor;
  reviewer: Actor;
  viewer: Actor;
  /** Claims whose verdicts are not published, and their rationales: never in a published report. */
  unpublished: { text: string; rationales: string[] }[];
  /** Rule ids of the article's flags: never in a published report. */
  ruleIds: string[];
  /** Explanations of open and dismissed flags: never in a published report. */
  hiddenFlagExplanations: string[];
}

const actorOf = async (email: string): Promise<Actor> => {
  const u = await getDb().user.findUniqueOrThrow({ where: { email } });
  return { id: u.id, role: u.role, name: u.name, email: u.email };
};

/**
 * The demo data as an editor leaves it: the seed's two published verdicts, the inauguration-date and
 * Brazil/China flags confirmed, one flag dismissed, and a correction of the meeting verdict (written as the
 * review desk writes Correction rows: the earlier published verdict and, once republished, its date).
 */
export async function prepareDemoDesk(): Promise<DemoDesk> {
  const { articleId } = await seedDemo();
  const db = getDb();
  const [editor, reviewer, viewer] = await Promise.all(["editor@factdesk.test", "reviewer@factdesk.test", "viewer@factdesk.test"].map(actorOf));
  const flags = await db.flag.findMany({ where: { articleId }, orderBy: [{ start: "asc" }, { id: "asc" }] });
  const inauguration = flags.find((f) => f.kind === "temporal_inconsistency" && f.exact.includes("January 20, 2025"))!;
  const brazil = flags.find((f) => f.kind === "entity_mixup" && f.exact.includes("Brazil"))!;
  await resolveFlag(editor!, inauguration.id, { status: "confirmed" });
  await resolveFlag(editor!, brazil.id, { status: "confirmed" });
  const dismissed = flags.find((f) => f.id !== inauguration.id && f.id !== brazil.id && f.status === "open")!;
  await resolveFlag(editor!, dismissed.id, { status: "dismissed", reason: "Not an error in context." });

  const meeting = await db.claim.findFirstOrThrow({ where: { articleId, status: "published", text: { contains: "Busan" } }, include: { finalVerdict: { include: { rating: true } } } });
  await db.correction.create({
    data: {
      claimId: meeting.id,
      previousVerdictId: meeting.finalVerdictId,
      previousRatingLabel: "Mostly true",
      previousRationale: "Reports confirm the Busan meeting; the date was first given as October 29.",
      previousPublishedAt: new Date("2025-11-03T09:00:00Z"),
      reason: "The meeting's date was corrected to October 30.",
      newVerdictId: meeting.finalVerdictId,
      newRatingLabel: meeting.finalVerdict!.rating.label,
      newRationale: meeting.finalVerdict!.rationale,
      publishedAt: new Date("2025-11-04T09:00:00Z"),
      openedById: editor!.id,
    },
  });

  const claims = await db.claim.findMany({ where: { articleId, status: { not: "published" } }, include: { verdicts: true } });
  const after = await db.flag.findMany({ where: { articleId } });
  return {
    articleId,
    editor: editor!,
    reviewer: reviewer!,
    viewer: viewer!,
    unpublished: claims.map((c) => ({ text: c.text, rationales: c.verdicts.map((v) => v.rationale) })),
    ruleIds: [...new Set(after.flatMap((f) => (f.ruleId ? [f.ruleId] : [])))],
    hiddenFlagExplanations: after.filter((f) => f.status !== "confirmed").map((f) => f.explanation),
  };
}

/** A report with the run's ids and clock taken out, to compare with a golden file. */
export function normaliseReport(text: string, today = new Date().toISOString().slice(0, 10)): string {
  const ids = new Map<string, string>();
  return text
    .replace(/\bc[a-z0-9]{24}\b/g, (id) => {
      if (!ids.has(id)) ids.set(id, `ID${ids.size + 1}`);
      return ids.get(id)!;
    })
    .replaceAll(new RegExp(`${today}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z`, "g"), "NOW")
    .replaceAll(today, "TODAY");
}
