"use client";

import { useState } from "react";
import type { WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { apiFetch } from "@/lib/client/api-fetch";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { FLAG_STYLE } from "./flag-style";

/** One flag: what fired, on which words, why; confirm or dismiss it (dismissing asks why). */
export function FlagPanel({ flag, canResolve, onChanged, onClose }: { flag: WorkspaceFlag; canResolve: boolean; onChanged(): void; onClose(): void }) {
  const { pending, error, fieldErrors, run } = useApiAction();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState("");
  const resolve = async (status: "open" | "confirmed" | "dismissed", why?: string) => {
    if (await run(() => apiFetch(`/api/flags/${flag.id}`, { method: "PATCH", body: { status, reason: why } }))) {
      setDismissing(false);
      onChanged();
    }
  };
  return (
    <div className="panel-section" data-testid="flag-panel">
      <div className="panel-head">
        <span className="flag-pin" style={{ background: FLAG_STYLE[flag.kind].color }} aria-hidden>
          {FLAG_STYLE[flag.kind].glyph}
        </span>
        <h2>{FLAG_KIND_LABELS[flag.kind]}</h2>
        <span className="badge">{flag.severity}</span>
        <span className="badge" data-testid="flag-status">
          {flag.status}
        </span>
        <span className="spacer" />
        <Button size="sm" variant="ghost" onClick={onClose} aria-label="Close flag">
          ✕
        </Button>
      </div>
      <blockquote className="claim-quote" style={{ borderLeftColor: FLAG_STYLE[flag.kind].color, background: "#fff8f1" }}>
        {flag.exact}
      </blockquote>
      <p>{flag.explanation}</p>
      {flag.spans.length > 1 && (
        <div className="small">
          <span className="muted">Related text:</span>
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {flag.spans.slice(1).map((s, i) => (
              <li key={i}>“{s.exact}”</li>
            ))}
          </ul>
        </div>
      )}
      <p className="small muted">
        {flag.ruleId ? (
          <>
            Raised by rule <span className="mono">{flag.ruleId}</span>
          </>
        ) : (
          <>Raised by {flag.createdBy ?? "a reviewer"}</>
        )}
        {flag.anchorState === "orphaned" && " · its text is no longer in the article"}
      </p>
      {flag.status === "dismissed" && flag.dismissalReason && <p className="small">Dismissed: {flag.dismissalReason}</p>}
      {canResolve && (
        <div className="row-wrap">
          {flag.status !== "confirmed" && (
            <Button size="sm" variant="primary" disabled={pending} onClick={() => void resolve("confirmed")}>
              Confirm
            </Button>
          )}
          {flag.status !== "dismissed" && (
            <Button size="sm" variant="danger" disabled={pending} onClick={() => setDismissing(true)}>
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
        <form
          className="stack"
          style={{ marginTop: 10 }}
          onSubmit={(e) => {
            e.preventDefault();
            void resolve("dismissed", reason);
          }}
        >
          <Field label="Why is this not an error?" name="flag-dismiss-reason" error={fieldErrors.reason}>
            <textarea id="flag-dismiss-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="row">
            <Button type="submit" size="sm" variant="danger" disabled={pending}>
              Dismiss flag
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDismissing(false)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
      {error && !fieldErrors.reason && (
        <div className="form-error" role="alert" style={{ marginTop: 8 }}>
          {error}
        </div>
      )}
    </div>
  );
}
