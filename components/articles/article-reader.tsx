"use client";

import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from "react";
import { segmentAnnotations } from "@/lib/articles/segment-annotations";
import type { WorkspaceClaim, WorkspaceFlag } from "@/lib/articles/to-workspace-view";
import { FLAG_KIND_LABELS, isFlagClosed } from "@/lib/flags/flag-kinds";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { FLAG_SEVERITY_COLOR, FLAG_STYLE } from "@/components/flags/flag-style";
import { FlagTooltip, useFlagTooltip } from "@/components/flags/flag-tooltip";
import { Button } from "@/components/ui/button";
import { createReaderHandle, rangeToOffsets, scrollIntoViewIfNeeded, type ReaderHandle } from "./reader-handle";

const SEVERITY_RANK = { low: 1, medium: 2, high: 3 } as const;
/** Ids of the pseudo-annotations that cut the text at the selected flag's spans. */
const SELECTED_SPAN = "selected-span:";

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
  /** The reader's text↔DOM mapping, for the panels beside it. */
  ref?: Ref<ReaderHandle>;
}

export function ArticleReader({ text, claims, flags, selectedClaimId, selectedFlagId, onSelectClaim, onSelectFlag, onSelection, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => createReaderHandle(container.current!), []);
  const [popover, setPopover] = useState<{ start: number; end: number; top: number; left: number } | null>(null);

  const anchoredClaims = useMemo(() => claims.filter((c) => c.anchorState !== "orphaned"), [claims]);
  const anchoredFlags = useMemo(() => flags.filter((f) => f.anchorState !== "orphaned"), [flags]);
  const claimById = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const flagById = useMemo(() => new Map(flags.map((f) => [f.id, f])), [flags]);
  const pinsAt = useMemo(() => {
    const map = new Map<number, WorkspaceFlag[]>();
    for (const f of anchoredFlags) map.set(f.start, [...(map.get(f.start) ?? []), f]);
    return map;
  }, [anchoredFlags]);
  // The selected flag's anchor and related spans (e.g. both of two contradicting dates), outlined in the
  // text; a span whose words are no longer at its offsets is left out rather than outlining other words.
  const selectedFlag = selectedFlagId ? flagById.get(selectedFlagId) : undefined;
  const selectedSpans = useMemo(() => {
    if (!selectedFlag || selectedFlag.anchorState === "orphaned") return [];
    const spans = selectedFlag.spans.length ? selectedFlag.spans : [selectedFlag];
    return spans.filter((s) => s.end > s.start && text.slice(s.start, s.end) === s.exact);
  }, [selectedFlag, text]);
  const segments = useMemo(
    () => segmentAnnotations(text.length, anchoredClaims, [...anchoredFlags, ...selectedSpans.map((s, i) => ({ id: `${SELECTED_SPAN}${i}`, start: s.start, end: s.end }))]),
    [text.length, anchoredClaims, anchoredFlags, selectedSpans],
  );
  const tooltip = useFlagTooltip(flagById);

  // A flag chosen in the list or by keyboard is brought into view.
  useEffect(() => {
    if (!selectedFlagId) return;
    const pin = container.current?.querySelector(`[data-flag-id="${CSS.escape(selectedFlagId)}"]`);
    if (pin) scrollIntoViewIfNeeded(pin);
  }, [selectedFlagId]);

  function onMouseUp() {
    if (!onSelection || !container.current) return;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return setPopover(null);
    const range = selection.getRangeAt(0);
    const span = rangeToOffsets(container.current, range);
    if (!span || span.end - span.start < 2) return setPopover(null);
    const rect = range.getBoundingClientRect();
    const box = container.current.getBoundingClientRect();
    setPopover({ ...span, top: rect.bottom - box.top + 8, left: Math.max(0, rect.left - box.left) });
  }

  return (
    <div className="reader-frame" {...tooltip.handlers}>
      <div ref={container} className="reader" data-testid="article-text" onMouseUp={onMouseUp}>
        {segments.map((seg) => {
          const pins = pinsAt.get(seg.start) ?? [];
          // The shortest claim covering the run is the one a click means.
          const claim = seg.claimIds
            .map((id) => claimById.get(id)!)
            .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
          const segFlags = seg.flagIds
            .filter((id) => !id.startsWith(SELECTED_SPAN))
            .map((id) => flagById.get(id)!)
            .filter((f) => !isFlagClosed(f.status))
            .sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity]);
          const worst = segFlags[0];
          const inSelected = selectedFlag && seg.flagIds.some((id) => id.startsWith(SELECTED_SPAN));
          // A claim's highlight is its verdict (neutral until it has one); its status shows in the list and
          // panel only. A flag is its pin, coloured by severity, and a dotted line under its words.
          const classes = [
            claim && "claim-mark",
            claim && `st-${claim.status}`,
            claim?.finalRating && "has-verdict",
            claim && claim.id === selectedClaimId && "is-selected",
            worst && "flag-mark",
            worst && `sev-${worst.severity}`,
            inSelected && "flag-sel",
            inSelected && selectedSpans.some((s) => s.start === seg.start) && "flag-sel-start",
            inSelected && selectedSpans.some((s) => s.end === seg.end) && "flag-sel-end",
          ]
            .filter(Boolean)
            .join(" ");
          const style = {
            ...(claim?.finalRating ? { "--verdict-color": claim.finalRating.color } : {}),
            ...(inSelected ? { "--flag-color": FLAG_SEVERITY_COLOR[selectedFlag.severity] } : {}),
          } as React.CSSProperties;
          const select = claim ? () => onSelectClaim(claim.id) : worst ? () => onSelectFlag(worst.id) : undefined;
          // Each claim is one stop for the keyboard, on the run where it starts (the shortest, when several start there).
          const stop = seg.claimIds
            .map((id) => claimById.get(id)!)
            .filter((c) => c.start === seg.start)
            .sort((x, y) => x.end - x.start - (y.end - y.start))[0];
          // The verdict's name closes the claim's last run, so it reads without matching colours.
          const verdictTags = seg.claimIds.map((id) => claimById.get(id)!).filter((c) => c.end === seg.end && c.finalRating && c.status !== "dismissed");
          return (
            <span key={seg.start}>
              {pins.map((f) => (
                <span
                  key={f.id}
                  role="button"
                  tabIndex={0}
                  className={["flag-pin", `sev-${f.severity}`, isFlagClosed(f.status) && "is-dismissed", f.id === selectedFlagId && "is-selected"].filter(Boolean).join(" ")}
                  data-flag-id={f.id}
                  data-flag-pin={f.id}
                  aria-describedby={tooltip.describedBy(f.id)}
                  aria-pressed={f.id === selectedFlagId}
                  onClick={() => onSelectFlag(f.id)}
                  onKeyDown={(e) => {
                    if (e.key !== "Enter" && e.key !== " ") return;
                    e.preventDefault();
                    onSelectFlag(f.id);
                  }}
                >
                  <span aria-hidden>{FLAG_STYLE[f.kind].glyph}</span>
                  <span className="visually-hidden">{`Flag: ${FLAG_KIND_LABELS[f.kind]}, ${f.severity} severity, ${f.status}`}</span>
                </span>
              ))}
              <span
                data-offset={seg.start}
                className={classes || undefined}
                data-claim-id={claim?.id}
                data-flag-ids={segFlags.length ? segFlags.map((f) => f.id).join(" ") : undefined}
                style={style}
                onClick={select ? () => window.getSelection()?.isCollapsed !== false && select() : undefined}
                {...(stop && {
                  role: "button",
                  tabIndex: 0,
                  "aria-label": `Claim (${CLAIM_STATUS_LABELS[stop.status].toLowerCase()}${stop.finalRating ? `, ${stop.finalRating.label}` : ""}): ${stop.text}`,
                  "aria-pressed": stop.id === selectedClaimId,
                  onKeyDown: (e: React.KeyboardEvent) => {
                    if (e.key !== "Enter" && e.key !== " ") return;
                    e.preventDefault();
                    onSelectClaim(stop.id);
                  },
                })}
              >
                {text.slice(seg.start, seg.end)}
              </span>
              {verdictTags.map((c) => (
                <span
                  key={c.id}
                  className="verdict-tag"
                  data-verdict-for={c.id}
                  style={{ "--verdict-color": c.finalRating!.color } as React.CSSProperties}
                  aria-hidden
                  onClick={() => onSelectClaim(c.id)}
                >
                  {c.finalRating!.label}
                </span>
              ))}
            </span>
          );
        })}
      </div>
      <FlagTooltip state={tooltip.state} handlers={tooltip.tooltipHandlers} />
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
