"use client";

import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { ReaderHandle } from "@/components/articles/reader-handle";
import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { ReasonForm } from "@/components/ui/reason-form";
import { useApiAction } from "@/components/ui/use-api-action";
import { FlagGlyph, FlagStatusBadge, SeverityBadge } from "./flag-badges";
import { FLAG_SEVERITY_COLOR } from "./flag-style";
import { ShortcutHint } from "./shortcut-hint";
import type { FlagPosition } from "./use-flag-navigation";
import { useShortcuts } from "./use-shortcuts";

/**
 * One flag: what fired, on which words, why; confirm or dismiss it (dismissing asks why). Keys: `c`
 * confirms, `d` opens the dismissal with its reason field focused (Enter dismisses, Escape cancels).
 * The heading takes focus when the panel opens, so a screen reader announces the flag.
 */
export function FlagPanel({
  flag,
  canResolve,
  position,
  onChanged,
  onResolved,
  onClose,
  reader,
}: {
  flag: WorkspaceFlag;
  canResolve: boolean;
  /** Where this flag is among the flags list's filtered flags, with previous / next. */
  position?: FlagPosition;
  onChanged(): void;
  /** After the flag was confirmed, dismissed or reopened (before onChanged), e.g. to open the next flag. */
  onResolved?(status: "open" | "confirmed" | "dismissed", reason?: string): void;
  onClose(): void;
  /** The article reader beside the panel, for showing the related text in it. */
  reader: RefObject<ReaderHandle | null>;
}) {
  const id = useId();
  const { pending, error, fieldErrors, run, clear } = useApiAction();
  const [dismissing, setDismissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const dismissButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);

  const resolve = async (status: "open" | "confirmed" | "dismissed", why?: string) => {
    if (await run(() => api.flags.resolve(flag.id, { status, reason: why }))) {
      setDismissing(false);
      onResolved?.(status, why);
      onChanged();
    }
  };

  const openDismiss = () => {
    setDismissing(true);
    // Already open: bring the focus back to the reason.
    reasonField.current?.focus();
  };
  const cancelDismiss = () => {
    setDismissing(false);
    clear();
    requestAnimationFrame(() => dismissButton.current?.focus());
  };

  useShortcuts((key) => {
    if (!canResolve || pending) return false;
    if (key === "c" && flag.status !== "confirmed") {
      void resolve("confirmed");
      return true;
    }
    if (key === "d" && flag.status !== "dismissed") {
      openDismiss();
      return true;
    }
    return false;
  });

  const related = flag.spans.slice(1);
  const color = FLAG_SEVERITY_COLOR[flag.severity];

  return (
    <section className="panel-section flag-panel" data-testid="flag-panel" aria-labelledby={`${id}-title`}>
      <div className="flag-panel-bar">
        {position && (
          <nav className="flag-stepper" aria-label="Flags">
            <Button size="sm" variant="ghost" onClick={position.onPrev} aria-label="Previous flag" aria-keyshortcuts="k" title="Previous flag (k)">
              ‹
            </Button>
            <span className="small muted" data-testid="flag-position">
              {position.index === null ? `– of ${position.total}` : `${position.index + 1} of ${position.total}`} {position.label}
            </span>
            <Button size="sm" variant="ghost" onClick={position.onNext} aria-label="Next flag" aria-keyshortcuts="j" title="Next flag (j)">
              ›
            </Button>
          </nav>
        )}
        <span className="spacer" />
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close flag" aria-keyshortcuts="Escape" title="Close (Esc)">
          ✕
        </Button>
      </div>
      <div className="panel-head">
        <FlagGlyph kind={flag.kind} severity={flag.severity} />
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} aria-describedby={`${id}-meta ${id}-explanation`}>
          {FLAG_KIND_LABELS[flag.kind]}
        </h2>
      </div>
      <div className="row-wrap flag-panel-meta" id={`${id}-meta`}>
        <SeverityBadge severity={flag.severity} />
        <FlagStatusBadge status={flag.status} testId="flag-status" />
        <span className="small muted">
          {flag.ruleId ? (
            <>
              rule <span className="mono">{flag.ruleId}</span>
            </>
          ) : (
            <>flagged by {flag.createdBy ?? "a reviewer"}</>
          )}
        </span>
        {flag.anchorState === "orphaned" && <span className="small muted">· its text is no longer in the article</span>}
      </div>
      <blockquote className="claim-quote flag-quote" style={{ borderLeftColor: color }}>
        {flag.exact}
      </blockquote>
      <p className="flag-explanation" id={`${id}-explanation`} data-testid="flag-explanation">
        {flag.explanation}
      </p>
      {related.length > 0 && (
        <div className="small flag-related">
          <span className="muted">Related text (outlined in the article):</span>
          <ul>
            {related.map((s, i) => (
              <li key={i}>
                <button type="button" className="link-button" onClick={() => reader.current?.scrollToOffsets(s.start, s.end, { flash: true })} title="Show in the article">
                  “{s.exact}”
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {flag.status === "dismissed" && flag.dismissalReason && (
        <p className="small flag-dismissal">
          <strong>Dismissed:</strong> {flag.dismissalReason}
        </p>
      )}
      {flag.status === "resolved" && (
        <p className="small flag-dismissal" data-testid="flag-resolved">
          <strong>Resolved by version {flag.resolvedByVersion ?? "?"}:</strong> its text no longer has the error.
        </p>
      )}
      {flag.needsLook && (
        <p className="small flag-needs-look" role="note">
          <strong>Needs a look:</strong> its words changed in a new version of the article. Confirm, dismiss or reopen it once you have checked.
        </p>
      )}
      {canResolve && !dismissing && (
        <div className="row-wrap">
          {flag.status !== "confirmed" && (
            <Button size="sm" variant="primary" disabled={pending} onClick={() => void resolve("confirmed")} aria-keyshortcuts="c">
              Confirm
            </Button>
          )}
          {flag.status !== "dismissed" && (
            <Button ref={dismissButton} size="sm" variant="danger" disabled={pending} onClick={openDismiss} aria-keyshortcuts="d">
              Dismiss…
            </Button>
          )}
          {flag.status !== "open" && (
            <Button size="sm" disabled={pending} onClick={() => void resolve("open")}>
              Reopen
            </Button>
          )}
        </div>
      )}
      {dismissing && (
        <ReasonForm
          ref={reasonField}
          id="flag-dismiss-reason"
          formLabel="Dismiss flag"
          label="Why is this not an error?"
          submitLabel="Dismiss flag"
          variant="danger"
          error={fieldErrors.reason}
          pending={pending}
          onSubmit={(reason) => void resolve("dismissed", reason)}
          onCancel={cancelDismiss}
          onEdit={() => fieldErrors.reason && clear()}
        />
      )}
      {error && !fieldErrors.reason && (
        <div className="form-error spaced" role="alert">
          {error}
        </div>
      )}
      <ShortcutHint
        items={[
          { keys: ["j", "k"], label: "next / previous" },
          ...(canResolve
            ? [
                { keys: ["c"], label: "confirm" },
                { keys: ["d"], label: "dismiss" },
              ]
            : []),
          { keys: ["Esc"], label: "close" },
        ]}
      />
    </section>
  );
}

