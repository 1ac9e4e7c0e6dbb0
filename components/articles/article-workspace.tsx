"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Permission } from "@/lib/auth/permissions";
import type { ActorView } from "@/lib/auth/actor";
import type { WorkspaceView } from "@/lib/articles/to-workspace-view";
import type { RatingView } from "@/lib/ratings/list-ratings.types";
import { api } from "@/lib/client/api";
import { formatDate } from "@/lib/format/format-date";
import { ArticleReader } from "./article-reader";
import type { ReaderHandle } from "./reader-handle";
import { ArticleLegend } from "./article-legend";
import { WorkspaceOverview, type OverviewTab } from "./workspace-overview";
import { ClaimPanel } from "@/components/claims/claim-panel";
import { VersionsMenu } from "@/components/versions/versions-menu";
import { ExportMenu } from "@/components/reports/export-menu";
import { ArticleAssignMenu } from "@/components/assignments/article-assign-menu";
import { FlagPanel } from "@/components/flags/flag-panel";
import { NewFlagPanel } from "@/components/flags/new-flag-panel";
import { focusFlagAfterClose, useFlagNavigation } from "@/components/flags/use-flag-navigation";
import { nextOpenFlag } from "@/components/flags/flag-filter";
import { applyFlagOverrides, pruneFlagOverrides, type FlagOverride } from "@/components/flags/flag-overrides";
import { countOf } from "@/lib/format/count";
import { buttonClasses } from "@/components/ui/button";

/** Where the review panel is a bottom sheet (keep in step with app/globals.css), and the share of the screen it takes. */
const SHEET_MEDIA = "(max-width: 1100px)";
const SHEET_SHARE = 0.6;

type Selection = { type: "claim"; id: string } | { type: "flag"; id: string } | { type: "new-flag"; start: number; end: number } | null;

export function ArticleWorkspace({
  view,
  ratings,
  actor,
  permissions,
  initialClaimId,
}: {
  view: WorkspaceView;
  ratings: RatingView[];
  actor: ActorView;
  permissions: Permission[];
  initialClaimId: string | null;
}) {
  const router = useRouter();
  const can = useCallback((p: Permission) => permissions.includes(p), [permissions]);
  const initialFlagId = useSearchParams().get("flag");
  const [selection, setSelection] = useState<Selection>(initialClaimId ? { type: "claim", id: initialClaimId } : initialFlagId ? { type: "flag", id: initialFlagId } : null);
  const [overviewTab, setOverviewTab] = useState<OverviewTab>(initialFlagId && !initialClaimId ? "flags" : "claims");
  const [notice, setNotice] = useState<string | null>(null);
  const { article } = view;
  const reader = useRef<ReaderHandle>(null);
  const [flagOverrides, setFlagOverrides] = useState<Record<string, FlagOverride>>({});
  // A flag just confirmed or dismissed shows its new status at once, whether or not the refresh of the server's
  // view lands (a refresh can be overtaken by the address update that opens the next flag).
  const flags = useMemo(() => applyFlagOverrides(view.flags, flagOverrides), [view.flags, flagOverrides]);
  const [flagsSeen, setFlagsSeen] = useState(view.flags);
  if (flagsSeen !== view.flags) {
    // A new view from the server: drop the overrides it has caught up with (React's "adjust state on a prop change").
    setFlagsSeen(view.flags);
    setFlagOverrides((current) => pruneFlagOverrides(view.flags, current));
  }

  const select = useCallback((next: Selection) => {
    setSelection(next);
    // Keep the open claim or flag in the address so a reload or a shared link opens it again.
    const url = new URL(window.location.href);
    if (next?.type === "claim") url.searchParams.set("claim", next.id);
    else url.searchParams.delete("claim");
    if (next?.type === "flag") url.searchParams.set("flag", next.id);
    else url.searchParams.delete("flag");
    window.history.replaceState(null, "", url);
  }, []);

  const refresh = useCallback(() => router.refresh(), [router]);

  const makeClaim = useCallback(
    async (start: number, end: number) => {
      try {
        const { claim } = await api.articles.createClaim(article.id, { start, end });
        select({ type: "claim", id: claim.id });
        setNotice(null);
        refresh();
      } catch (e) {
        setNotice((e as Error).message);
      }
    },
    [article.id, refresh, select],
  );

  // On a phone or tablet the panel is a sheet over the lower part of the page: what was opened is brought
  // into the part of the text above it.
  const selectedStart = selection?.type === "claim" ? view.claims.find((c) => c.id === selection.id)?.start : selection?.type === "flag" ? flags.find((f) => f.id === selection.id)?.start : undefined;
  useEffect(() => {
    if (selectedStart === undefined || !window.matchMedia(SHEET_MEDIA).matches) return;
    const rect = reader.current?.offsetsToRange(selectedStart, selectedStart + 1)?.getBoundingClientRect();
    if (!rect) return;
    const header = document.querySelector(".topbar")?.getBoundingClientRect().bottom ?? 0;
    const visibleBottom = window.innerHeight * (1 - SHEET_SHARE);
    if (rect.top < header + 8 || rect.bottom > visibleBottom - 8) window.scrollBy({ top: rect.top - header - 24 });
  }, [selectedStart]);

  const selectedClaim = selection?.type === "claim" ? view.claims.find((c) => c.id === selection.id) : undefined;
  const selectedFlag = selection?.type === "flag" ? flags.find((f) => f.id === selection.id) : undefined;
  const openFlags = useMemo(() => flags.filter((f) => f.status === "open").length, [flags]);
  const closePanel = () => {
    select(null);
    if (selection?.type === "flag") focusFlagAfterClose(selection.id);
  };
  // j / k walk the flags of the list's filter from the selected flag or claim; Escape closes the panel.
  const flagNav = useFlagNavigation({
    flags,
    place: selectedFlag ?? (selectedClaim ? { id: "", start: selectedClaim.start, end: selectedClaim.start, anchorState: "anchored" } : null),
    onSelect: (id) => select({ type: "flag", id }),
    onEscape: selection ? closePanel : undefined,
  });

  return (
    <div className="workspace">
      <section className="card" aria-label="Article">
        <header className="article-head">
          <h1>{article.title}</h1>
          <div className="article-meta">
            {article.publisher && <span>{article.publisher}</span>}
            {article.author && <span>By {article.author}</span>}
            <span>Published {formatDate(article.publishedAt)}</span>
            <span>Version {article.versionNumber}</span>
            {article.url && (
              <a href={article.url} target="_blank" rel="noreferrer noopener">
                Original ↗
              </a>
            )}
            <span className="mono" title="SHA-256 of the text">
              {article.sha256.slice(0, 12)}…
            </span>
          </div>
        </header>
        <div className="article-toolbar">
          <span className="small muted">
            {countOf(view.claims.length, { one: "claim", other: "claims" })} · {countOf(openFlags, { one: "open flag", other: "open flags" })}
          </span>
          <span className="spacer" />
          <VersionsMenu articleId={article.id} versions={view.versions} current={article.versionNumber} />
          {can("article.import") && (
            <Link className={buttonClasses({ size: "sm" })} href={`/import?versionOf=${encodeURIComponent(article.id)}`}>
              Import new version
            </Link>
          )}
          {can("claim.assign") && <ArticleAssignMenu articleId={article.id} onAssigned={refresh} />}
          <ExportMenu articleId={article.id} canExportWorking={can("report.export_working")} canShare={can("report.share")} />
        </div>
        <ArticleLegend ratings={ratings} flags={flags} />
        {notice && (
          <div className="form-error workspace-notice" role="alert">
            {notice}
          </div>
        )}
        <ArticleReader
          ref={reader}
          text={article.text}
          claims={view.claims}
          flags={flags}
          selectedClaimId={selectedClaim?.id ?? null}
          selectedFlagId={selectedFlag?.id ?? null}
          onSelectClaim={(id) => select({ type: "claim", id })}
          onSelectFlag={(id) => select({ type: "flag", id })}
          onSelection={
            can("claim.create")
              ? { makeClaim: (s, e) => void makeClaim(s, e), flagText: (start, end) => select({ type: "new-flag", start, end }) }
              : undefined
          }
        />
      </section>

      <aside className={`card panel${selection ? " is-open" : ""}`} aria-label="Review panel">
        {selectedClaim ? (
          <ClaimPanel
            key={selectedClaim.id}
            claim={selectedClaim}
            articleId={article.id}
            articleText={article.text}
            articleVersion={article.versionNumber}
            claims={view.claims}
            ratings={ratings}
            actor={actor}
            permissions={permissions}
            onChanged={refresh}
            onClose={() => select(null)}
            onSelectFlag={(id) => select({ type: "flag", id })}
            reader={reader}
          />
        ) : selectedFlag ? (
          <FlagPanel
            key={selectedFlag.id + selectedFlag.status}
            flag={selectedFlag}
            canResolve={can("flag.resolve")}
            position={flagNav.position}
            onChanged={refresh}
            onResolved={(status, reason) => {
              setFlagOverrides((current) => ({ ...current, [selectedFlag.id]: { status, dismissalReason: status === "dismissed" ? (reason ?? null) : null } }));
              // Triage goes on: a flag just confirmed or dismissed makes way for the next open flag of the list
              // (after it in reading order, else the first), so c / d / c … walks the open flags.
              if (status === "open") return;
              const next = nextOpenFlag(flagNav.ordered, selectedFlag);
              if (next) select({ type: "flag", id: next });
            }}
            onClose={closePanel}
            reader={reader}
          />
        ) : selection?.type === "new-flag" ? (
          <NewFlagPanel
            articleId={article.id}
            quote={article.text.slice(selection.start, selection.end)}
            start={selection.start}
            end={selection.end}
            onCreated={(id) => {
              select({ type: "flag", id });
              refresh();
            }}
            onCancel={() => select(null)}
          />
        ) : (
          <WorkspaceOverview
            claims={view.claims}
            flags={flags}
            ratings={ratings}
            tab={overviewTab}
            onTabChange={setOverviewTab}
            flagFilter={flagNav.filter}
            onFlagFilterChange={flagNav.setFilter}
            onSelectClaim={(id) => select({ type: "claim", id })}
            onSelectFlag={(id) => select({ type: "flag", id })}
          />
        )}
        <div className="flag-nav-notice" role="status" aria-live="polite">
          {flagNav.announcement}
        </div>
      </aside>
    </div>
  );
}
