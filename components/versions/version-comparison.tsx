import type { VersionComparison as Comparison } from "@/lib/articles/compare-article-versions";
import { countOf } from "@/lib/format/count";
import { VersionDiff } from "./version-diff";

/** The changes from one version to another: counts, a legend and the word diff. */
export function VersionComparison({ comparison, full }: { comparison: Comparison; full: boolean }) {
  const { stats } = comparison;
  return (
    <>
      <div className="diff-head" data-testid="diff-summary">
        <h2>
          v{comparison.from.number} → v{comparison.to.number}
        </h2>
        <span className="diff-stat diff-stat-ins">+{countOf(stats.wordsInserted, { one: "word", other: "words" })}</span>
        <span className="diff-stat diff-stat-del">−{countOf(stats.wordsDeleted, { one: "word", other: "words" })}</span>
        <span className="small muted">
          {stats.insertions + stats.deletions === 0
            ? "no changes"
            : `${countOf(stats.insertions, { one: "insertion", other: "insertions" })}, ${countOf(stats.deletions, { one: "deletion", other: "deletions" })}`}
        </span>
        <span className="spacer" />
        <span className="diff-legend small">
          <ins className="diff-ins">added</ins> <del className="diff-del">removed</del>
        </span>
      </div>
      <VersionDiff changes={comparison.changes} full={full} />
    </>
  );
}
