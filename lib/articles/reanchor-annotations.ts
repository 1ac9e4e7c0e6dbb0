import type { Tx } from "../db/client";
import { reanchorAll } from "../anchoring/reanchor";
import type { AnchorState, TextAnchor } from "../anchoring/types";
import type { AuditEvent } from "../audit/audit-events";
import { recordAuditMany } from "../audit/record-audit";
import { reasonLabels, rescoreClaim } from "../claims/rescore-claim";

export interface ReanchorSummary {
  anchored: number;
  fuzzy: number;
  orphaned: number;
}

const anchorColumns = (a: TextAnchor, anchorState: AnchorState) => ({ anchorState, start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix });

/** A span that moved or changed state: worth a line in its history. */
function changed(before: TextAnchor & { anchorState: AnchorState }, after: TextAnchor, state: AnchorState): boolean {
  return before.anchorState !== state || before.start !== after.start || before.end !== after.end || before.exact !== after.exact;
}

/**
 * After a new version of an article's text (`version`), finds every claim and flag again by its quote.
 * What cannot be found is marked orphaned and keeps its last known quote, so a reviewer still sees it.
 * Every claim and flag that moved or changed state gets a "claim.reanchor"/"flag.reanchor" audit event; a
 * claim whose words changed is scored again ("claim.rescore"), a person's flag whose words changed is
 * marked for a look.
 */
export async function reanchorAnnotations(tx: Tx, articleId: string, oldText: string, newText: string, version: number): Promise<ReanchorSummary> {
  const [claims, flags] = await Promise.all([
    tx.claim.findMany({
      where: { articleId },
      select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, anchorState: true, score: true, reasons: true },
    }),
    tx.flag.findMany({
      where: { articleId },
      select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, spans: true, anchorState: true, ruleId: true, needsLook: true },
    }),
  ]);
  const flagExtraSpans = flags.map((f) => (Array.isArray(f.spans) ? (f.spans as unknown as TextAnchor[]).slice(1) : []));
  const anchors: TextAnchor[] = [...claims, ...flags, ...flagExtraSpans.flat()].map(({ start, end, exact, prefix, suffix }) => ({ start, end, exact, prefix, suffix }));
  const results = reanchorAll(anchors, newText, oldText);
  const summary: ReanchorSummary = { anchored: 0, fuzzy: 0, orphaned: 0 };
  const events: AuditEvent[] = [];
  const place = (a: TextAnchor, anchorState: AnchorState) => ({ start: a.start, end: a.end, exact: a.exact, anchorState });

  const located = (i: number, fallback: TextAnchor) => {
    const r = results[i];
    const state = r?.state ?? "orphaned";
    // An orphan keeps its old quote and position: it is shown in the list, not in the text.
    return { state, anchor: r?.anchor ?? fallback };
  };

  for (const [i, claim] of claims.entries()) {
    const { state, anchor } = located(i, claim);
    summary[state]++;
    if (changed(claim, anchor, state)) {
      events.push({ action: "claim.reanchor", entityId: claim.id, before: place(claim, claim.anchorState), after: { ...place(anchor, state), version } });
    }
    // Words that changed are scored again, so the reasons quote what the claim says now.
    const rescored = state === "fuzzy" && anchor.exact !== claim.exact ? rescoreClaim(claim, anchor.exact) : null;
    if (rescored) {
      events.push({
        action: "claim.rescore",
        entityId: claim.id,
        before: { score: claim.score, exact: claim.exact, reasons: reasonLabels(claim.reasons) },
        after: { score: rescored.score, exact: anchor.exact, reasons: reasonLabels(rescored.reasons) },
      });
    }
    await tx.claim.update({
      where: { id: claim.id },
      // A new revision: offsets a client read on the old text must not be written back.
      data: {
        ...anchorColumns(anchor, state),
        revision: { increment: 1 },
        ...(state === "fuzzy" ? { text: anchor.exact } : {}),
        ...rescored,
      },
    });
  }
  let extraIndex = claims.length + flags.length;
  for (const [j, flag] of flags.entries()) {
    const { state, anchor } = located(claims.length + j, flag);
    summary[state]++;
    const extras = (flagExtraSpans[j] ?? []).map((span) => located(extraIndex++, span).anchor);
    // A person's flag whose words changed (or were lost) needs a person's look; rule flags are judged
    // again by their rule (refreshRuleFlags).
    const needsLook = flag.ruleId === null && (state !== "anchored" || anchor.exact !== flag.exact);
    if (changed(flag, anchor, state)) {
      events.push({
        action: "flag.reanchor",
        entityId: flag.id,
        before: place(flag, flag.anchorState),
        after: { ...place(anchor, state), version, ...(needsLook ? { needsLook } : {}) },
      });
    }
    await tx.flag.update({
      where: { id: flag.id },
      data: {
        ...anchorColumns(anchor, state),
        spans: [anchor, ...extras].map((s) => ({ start: s.start, end: s.end, exact: s.exact, prefix: s.prefix, suffix: s.suffix })),
        ...(needsLook ? { needsLook } : {}),
      },
    });
  }
  await recordAuditMany(tx, null, events);
  return summary;
}
