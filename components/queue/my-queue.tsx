"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { QueueItemView, QueueView } from "@/lib/assignments/get-my-queue.types";
import { api } from "@/lib/client/api";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { countOf } from "@/lib/format/count";
import { formatDate } from "@/lib/format/format-date";
import { Button } from "@/components/ui/button";
import { useApiAction } from "@/components/ui/use-api-action";
import { focusLater, useShortcuts } from "@/components/flags/use-shortcuts";

/** The claim in its article, opened in the review panel. */
export const claimHref = (item: { articleId: string; id: string }) => `/articles/${encodeURIComponent(item.articleId)}?claim=${encodeURIComponent(item.id)}`;

type Section = "assigned" | "unassigned";

/**
 * My queue: the claims assigned to me (by due date, then score, then age) and, below, the unassigned claims
 * of recent articles, each with Take. j / k move the selection through both lists, Enter opens the claim.
 */
export function MyQueue({ initial, canTake, waitsForApproval }: { initial: QueueView; canTake: boolean; waitsForApproval: boolean }) {
  const router = useRouter();
  const [queue, setQueue] = useState(initial);
  const [selected, setSelected] = useState<number | null>(null);
  const { pending, error, run } = useApiAction();
  const rows = [...queue.assigned, ...queue.unassigned];

  const focusRow = (index: number) => focusLater(() => document.querySelector<HTMLElement>(`[data-queue-index="${index}"] a`));
  useShortcuts((key) => {
    if (rows.length === 0) return false;
    if (key === "j" || key === "k") {
      const next = selected === null ? (key === "j" ? 0 : rows.length - 1) : Math.min(rows.length - 1, Math.max(0, selected + (key === "j" ? 1 : -1)));
      setSelected(next);
      focusRow(next);
      return true;
    }
    if (key === "Enter" && selected !== null && rows[selected]) {
      router.push(claimHref(rows[selected]));
      return true;
    }
    return false;
  });

  async function take(item: QueueItemView) {
    const done = await run(async () => {
      await api.claims.take(item.id);
      return (await api.queue.get()).queue;
    });
    if (done) {
      setQueue(done);
      setSelected(null);
      // The header's counts.
      router.refresh();
    }
  }

  async function more(section: Section) {
    const page = await run(async () => (await api.queue.get(section === "assigned" ? { after: queue.nextCursor ?? undefined } : { unassignedAfter: queue.nextUnassignedCursor ?? undefined })).queue);
    if (!page) return;
    setQueue((q) =>
      section === "assigned"
        ? { ...q, counts: page.counts, assigned: [...q.assigned, ...page.assigned], nextCursor: page.nextCursor }
        : { ...q, counts: page.counts, unassigned: [...q.unassigned, ...page.unassigned], nextUnassignedCursor: page.nextUnassignedCursor },
    );
  }

  const { counts } = queue;
  return (
    <>
      <div className="page-head">
        <div>
          <h1>My queue</h1>
          <p data-testid="queue-summary">
            {countOf(counts.assigned, { one: "claim waits on you", other: "claims wait on you" })}
            {counts.overdue > 0 && ` · ${countOf(counts.overdue, { one: "overdue", other: "overdue" })}`} · {countOf(counts.unassigned, { one: "unassigned claim", other: "unassigned claims" })} in recent
            articles
          </p>
        </div>
        <span className="spacer" />
        <p className="small muted queue-keys">
          <kbd>j</kbd> / <kbd>k</kbd> move · <kbd>Enter</kbd> opens the claim
        </p>
      </div>
      {error && (
        <div className="form-error" role="alert" style={{ marginBottom: 14 }}>
          {error}
        </div>
      )}
      <section className="card queue-section" aria-labelledby="queue-assigned">
        <h2 id="queue-assigned" className="queue-title">
          Assigned to me
        </h2>
        {queue.assigned.length === 0 ? (
          <div className="empty">{waitsForApproval ? "Nothing assigned to you waits on a review or an approval." : "Nothing assigned to you waits on a review."}</div>
        ) : (
          <QueueTable items={queue.assigned} offset={0} selected={selected} testId="queue-assigned" />
        )}
        {queue.nextCursor && (
          <div className="queue-more">
            <Button size="sm" disabled={pending} onClick={() => void more("assigned")}>
              Show more
            </Button>
          </div>
        )}
      </section>
      <section className="card queue-section" aria-labelledby="queue-unassigned">
        <h2 id="queue-unassigned" className="queue-title">
          Unassigned in recent articles
        </h2>
        {queue.unassigned.length === 0 ? (
          <div className="empty">Every open claim of the recent articles has someone on it.</div>
        ) : (
          <QueueTable
            items={queue.unassigned}
            offset={queue.assigned.length}
            selected={selected}
            testId="queue-unassigned"
            action={
              canTake
                ? (item) => (
                    <Button size="sm" disabled={pending} onClick={() => void take(item)} aria-label={`Take “${item.text.slice(0, 60)}”`}>
                      Take
                    </Button>
                  )
                : undefined
            }
          />
        )}
        {queue.nextUnassignedCursor && (
          <div className="queue-more">
            <Button size="sm" disabled={pending} onClick={() => void more("unassigned")}>
              Show more
            </Button>
          </div>
        )}
      </section>
    </>
  );
}

function QueueTable({ items, offset, selected, testId, action }: { items: QueueItemView[]; offset: number; selected: number | null; testId: string; action?: (item: QueueItemView) => React.ReactNode }) {
  return (
    <table className="table queue-table" data-testid={testId}>
      <thead>
        <tr>
          <th>Claim</th>
          <th>Status</th>
          <th>Due</th>
          <th className="num">Score</th>
          <th>Added</th>
          {action && (
            <th>
              <span className="visually-hidden">Take</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => {
          return (
            <tr key={item.id} data-queue-index={offset + i} className={selected === offset + i ? "is-selected" : undefined}>
              <td>
                <Link href={claimHref(item)} className="queue-claim">
                  {item.text}
                </Link>
                <div className="muted small">
                  {item.articleTitle}
                  {item.rated && " · you rated it"}
                </div>
              </td>
              <td>
                <span className={`badge badge-status-${item.status}`}>{CLAIM_STATUS_LABELS[item.status]}</span>
              </td>
              <td className={item.overdue ? "queue-overdue" : "muted"}>
                {formatDate(item.dueAt)}
                {item.overdue && " · overdue"}
              </td>
              <td className="num">{item.score === null ? "—" : item.score.toFixed(2)}</td>
              <td className="muted">{formatDate(item.createdAt)}</td>
              {action && <td>{action(item)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
