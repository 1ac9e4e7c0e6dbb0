"use client";

import { useMemo, useRef, useState } from "react";
import { segmentAnnotations } from "@/lib/articles/segment-annotations";
import type { WorkspaceClaim, WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FLAG_KIND_LABELS } from "@/lib/flags/flag-kinds";
import { FLAG_STYLE } from "@/components/flags/flag-style";
import { Button } from "@/components/ui/button";

const SEVERITY_RANK = { low: 1, medium: 2, high: 3 } as const;

interface Props {
  text: string;
  claims: WorkspaceClaim[];
  flags: WorkspaceFlag[];
  selectedClaimId: string | null;
  selectedFlagId: string | null;
  onSelectClaim(id: string): void;
  onSelectFlag(id: string): void;
  /** Present when the user may create claims/flags from a selection. */
  onSelection?: { makeClaim(start: number, end: number): void; flagText(start: number, end: number): void };
}

/** The offset in the article text of a DOM position inside the reader (segments carry their start offset). */
function textOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const segment = element?.closest<HTMLElement>("[data-offset]");
  if (!segment) return null;
  const base = Number(segment.dataset.offset);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base;
}

export function ArticleReader({ text, claims, flags, selectedClaimId, selectedFlagId, onSelectClaim, onSelectFlag, onSelection }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [popover, setPopover] = useState<{ start: number; end: number; top: number; left: number } | null>(null);

  const anchoredClaims = useMemo(() => claims.filter((c) => c.anchorState !== "orphaned"), [claims]);
  const anchoredFlags = useMemo(() => flags.filter((f) => f.anchorState !== "orphaned"), [flags]);
  const segments = useMemo(() => segmentAnnotations(text.length, anchoredClaims, anchoredFlags), [text.length, anchoredClaims, anchoredFlags]);
  const claimById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const flagById = useMemo(() => new Map(flags.map((f) => [f.id, f])), [flags]);
  const pinsAt = useMemo(() => {
    const map = new Map<number, WorkspaceFlag[]>();
    for (const f of anchoredFlags) map.set(f.start, [...(map.get(f.start) ?? []), f]);
    return map;
  }, [anchoredFlags]);

  function onMouseUp() {
    if (!onSelection || !container.current) return;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return setPopover(null);
    const range = selection.getRangeAt(0);
    if (!container.current.contains(range.commonAncestorContainer)) return setPopover(null);
    const a = textOffset(range.startContainer, range.startOffset);
    const b = textOffset(range.endContainer, range.endOffset);
    if (a === null || b === null || b - a < 2) return setPopover(null);
    const rect = range.getBoundingClientRect();
    const box = container.current.getBoundingClientRect();
    setPopover({ start: Math.min(a, b), end: Math.max(a, b), top: rect.bottom - box.top + 8, left: Math.max(0, rect.left - box.left) });
  }

  return (
    <div style={{ position: "relative" }}>
      <div ref={container} className="reader" data-testid="article-text" onMouseUp={onMouseUp}>
        {segments.map((seg) => {
          const pins = pinsAt.get(seg.start) ?? [];
          // The shortest claim covering the run is the one a click means.
          const claim = seg.claimIds
            .map((id) => claimById.get(id)!)
            .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
          const segFlags = seg.flagIds.map((id) => flagById.get(id)!).filter((f) => f.status !== "dismissed");
          const worst = segFlags.sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity])[0];
          const classes = [
            claim && "claim-mark",
            claim && `st-${claim.status}`,
            claim?.finalRating && "has-verdict",
            claim && claim.id === selectedClaimId && "is-selected",
            worst && "flag-mark",
            worst && `sev-${worst.severity}`,
          ]
            .filter(Boolean)
            .join(" ");
          return (
            <span key={seg.start}>
              {pins.map((f) => (
                <span
                  key={f.id}
                  role="button"
                  tabIndex={0}
                  className="flag-pin"
                  data-flag-id={f.id}
                  title={`${FLAG_KIND_LABELS[f.kind]} (${f.severity}, ${f.status}): ${f.explanation}`}
                  aria-label={`Flag: ${FLAG_KIND_LABELS[f.kind]}`}
                  style={{ background: FLAG_STYLE[f.kind].color, opacity: f.status === "dismissed" ? 0.35 : 1, outline: f.id === selectedFlagId ? "2px solid #111a2b" : undefined }}
                  onClick={() => onSelectFlag(f.id)}
                  onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && onSelectFlag(f.id)}
                >
                  {FLAG_STYLE[f.kind].glyph}
                </span>
              ))}
              <span
                data-offset={seg.start}
                className={classes || undefined}
                data-claim-id={claim?.id}
                title={worst ? `${FLAG_KIND_LABELS[worst.kind]}: ${worst.explanation}` : undefined}
                style={claim?.finalRating ? ({ "--verdict-color": claim.finalRating.color } as React.CSSProperties) : undefined}
                onClick={claim ? () => window.getSelection()?.isCollapsed !== false && onSelectClaim(claim.id) : undefined}
              >
                {text.slice(seg.start, seg.end)}
              </span>
            </span>
          );
        })}
      </div>
      {popover && onSelection && (
        <div className="selection-popover" style={{ top: popover.top, left: popover.left }} role="toolbar" aria-label="Selection">
          <Button
            size="sm"
            variant="primary"
            onClick={() => {
              onSelection.makeClaim(popover.start, popover.end);
              setPopover(null);
            }}
          >
            Make claim
          </Button>
          <Button
            size="sm"
            variant="dark"
            onClick={() => {
              onSelection.flagText(popover.start, popover.end);
              setPopover(null);
            }}
          >
            Flag error
          </Button>
        </div>
      )}
    </div>
  );
}
