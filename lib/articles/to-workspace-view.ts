import type { ArticleWorkspace } from "./get-article-workspace";

/** The article workspace as plain JSON for the client components (dates as ISO strings). */
export function toWorkspaceView(article: ArticleWorkspace) {
  return {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      publisher: article.publisher,
      author: article.author,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      language: article.language,
      versionNumber: article.versionNumber,
      sha256: article.sha256,
      text: article.text,
    },
    versions: article.versions.map((v) => ({ id: v.id, number: v.number, sha256: v.sha256, createdAt: v.createdAt.toISOString() })),
    claims: article.claims.map((c) => ({
      id: c.id,
      text: c.text,
      start: c.start,
      end: c.end,
      status: c.status,
      anchorState: c.anchorState,
      origin: c.origin,
      score: c.score,
      reasons: (Array.isArray(c.reasons) ? c.reasons : []) as { code: string; label: string; weight: number }[],
      revision: c.revision,
      finalRating: c.finalVerdict ? { label: c.finalVerdict.rating.label, color: c.finalVerdict.rating.color, slug: c.finalVerdict.rating.slug } : null,
      counts: c._count,
    })),
    flags: article.flags.map((f) => ({
      id: f.id,
      kind: f.kind,
      severity: f.severity,
      status: f.status,
      ruleId: f.ruleId,
      createdBy: f.createdBy?.name ?? null,
      explanation: f.explanation,
      dismissalReason: f.dismissalReason,
      resolvedByVersion: f.resolvedByVersion,
      needsLook: f.needsLook,
      start: f.start,
      end: f.end,
      exact: f.exact,
      anchorState: f.anchorState,
      claimId: f.claimId,
      spans: (Array.isArray(f.spans) ? f.spans : []) as { start: number; end: number; exact: string }[],
    })),
  };
}

export type WorkspaceView = ReturnType<typeof toWorkspaceView>;
export type WorkspaceClaim = WorkspaceView["claims"][number];
export type WorkspaceFlag = WorkspaceView["flags"][number];
