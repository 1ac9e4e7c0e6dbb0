import type { Tx } from "../db/client";
import { reanchorAll } from "../anchoring/reanchor";
import type { TextAnchor } from "../anchoring/types";

export interface ReanchorSummary {
  anchored: number;
  fuzzy: number;
  orphaned: number;
}

/**
 * After a new version of an article's text, finds every claim and flag again by its quote. What cannot be
 * found is marked orphaned and keeps its last known quote, so a reviewer still sees it.
 */
export async function reanchorAnnotations(tx: Tx, articleId: string, oldText: string, newText: string): Promise<ReanchorSummary> {
  const [claims, flags] = await Promise.all([
    tx.claim.findMany({ where: { articleId }, select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true } }),
    tx.flag.findMany({ where: { articleId }, select: { id: true, start: true, end: true, exact: true, prefix: true, suffix: true, spans: true } }),
  ]);
  const flagExtraSpans = flags.map((f) => (Array.isArray(f.spans) ? (f.spans as unknown as TextAnchor[]).slice(1) : []));
  const anchors: TextAnchor[] = [...claims, ...flags, ...flagExtraSpans.flat()].map(({ start, end, exact, prefix, suffix }) => ({ start, end, exact, prefix, suffix }));
  const results = reanchorAll(anchors, newText, oldText);
  const summary: ReanchorSummary = { anchored: 0, fuzzy: 0, orphaned: 0 };

  const located = (i: number, fallback: TextAnchor) => {
    const r = results[i];
    const state = r?.state ?? "orphaned";
    // An orphan keeps its old quote and position: it is shown in the list, not in the text.
    return { state, anchor: r?.anchor ?? fallback };
  };

  for (const [i, claim] of claims.entries()) {
    const { state, anchor } = located(i, claim);
    summary[state]++;
    await tx.claim.update({
      where: { id: claim.id },
      // A new revision: offsets a client read on the old text must not be written back.
      data: { anchorState: state, start: anchor.start, end: anchor.end, exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix, revision: { increment: 1 }, ...(state === "fuzzy" ? { text: anchor.exact } : {}) },
    });
  }
  let extraIndex = claims.length + flags.length;
  for (const [j, flag] of flags.entries()) {
    const { state, anchor } = located(claims.length + j, flag);
    summary[state]++;
    const extras = (flagExtraSpans[j] ?? []).map((span) => located(extraIndex++, span).anchor);
    await tx.flag.update({
      where: { id: flag.id },
      data: {
        anchorState: state,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        spans: [anchor, ...extras].map((s) => ({ start: s.start, end: s.end, exact: s.exact, prefix: s.prefix, suffix: s.suffix })),
      },
    });
  }
  return summary;
}
