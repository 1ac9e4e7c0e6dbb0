import Link from "next/link";
import type { VersionSummary } from "@/lib/articles/get-article-versions";
import { Button } from "@/components/ui/button";

/** Picks the two versions to compare (a GET form, so the comparison has an address). */
export function VersionsCompareForm({
  action,
  versions,
  current,
  from,
  to,
  foldLink,
}: {
  action: string;
  versions: VersionSummary[];
  current: number;
  from: number;
  to: number;
  /** The link that folds or unfolds the unchanged text, when there is a comparison. */
  foldLink: { href: string; label: string } | null;
}) {
  return (
    <form className="versions-compare" method="get" action={action}>
      <label className="small" htmlFor="from">
        Compare
      </label>
      <select id="from" name="from" defaultValue={from}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            v{v.number}
          </option>
        ))}
      </select>
      <span aria-hidden>→</span>
      <label className="visually-hidden" htmlFor="to">
        with
      </label>
      <select id="to" name="to" defaultValue={to}>
        {versions.map((v) => (
          <option key={v.number} value={v.number}>
            v{v.number}
            {v.number === current ? " (current)" : ""}
          </option>
        ))}
      </select>
      <Button type="submit" size="sm" variant="primary">
        Compare
      </Button>
      <span className="spacer" />
      {foldLink && (
        <Link className="small" href={foldLink.href}>
          {foldLink.label}
        </Link>
      )}
    </form>
  );
}
