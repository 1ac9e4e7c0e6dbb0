import type { QueueCounts } from "@/lib/assignments/get-my-queue.types";
import { countOf } from "@/lib/format/count";

/** Beside "My queue" in the header: the claims waiting on me, and the overdue ones in red. */
export function QueueCountBadges({ counts }: { counts: QueueCounts }) {
  return (
    <>
      {" "}
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
    </>
  );
}
