import Link from "next/link";
import type { QueueCounts } from "@/lib/assignments/get-my-queue.types";
import { countOf } from "@/lib/format/count";

/** "My queue 3 (1 overdue)" in the header: the claims waiting on me, the overdue ones in red. */
export function QueueNavLink({ counts }: { counts: QueueCounts }) {
  return (
    <Link href="/queue" data-testid="nav-queue">
      My queue{" "}
      <span className="nav-count" data-testid="nav-queue-count">
        {counts.assigned}
        <span className="visually-hidden"> {counts.assigned === 1 ? "claim waits" : "claims wait"} on you</span>
      </span>
      {counts.overdue > 0 && (
        <span className="nav-count nav-count-alert" title={countOf(counts.overdue, { one: "claim is overdue", other: "claims are overdue" })}>
          {counts.overdue}
          <span className="visually-hidden"> overdue</span>
        </span>
      )}
    </Link>
  );
}
