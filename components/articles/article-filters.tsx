import Link from "next/link";
import { Field } from "@/components/ui/field";
import { ARTICLE_SORT_LABELS, ARTICLE_SORTS, type ArticleFilters } from "@/lib/articles/list-articles.types";

/** The list's URL for these filters (and a page cursor): what the filter form submits and the page links point at. */
export function articlesHref(filters: Partial<ArticleFilters>, after?: string): string {
  const q = new URLSearchParams();
  if (filters.publisher) q.set("publisher", filters.publisher);
  if (filters.from) q.set("from", filters.from);
  if (filters.to) q.set("to", filters.to);
  if (filters.openClaims) q.set("openClaims", "1");
  if (filters.openFlags) q.set("openFlags", "1");
  if (filters.sort && filters.sort !== "imported_desc") q.set("sort", filters.sort);
  if (after) q.set("after", after);
  const s = q.toString();
  return s ? `/articles?${s}` : "/articles";
}

/**
 * The article list's filters as a plain GET form: they live in the URL, so a reload, the back button and
 * a shared link all keep them, and the list works without JavaScript.
 */
export function ArticleFiltersForm({ filters, publishers, errors }: { filters: Partial<ArticleFilters>; publishers: string[]; errors: Record<string, string> }) {
  const active = Boolean(filters.publisher || filters.from || filters.to || filters.openClaims || filters.openFlags || (filters.sort && filters.sort !== "imported_desc"));
  return (
    <form className="card article-filters" method="get" action="/articles" aria-label="Filter articles" data-testid="article-filters">
      <div className="field">
        <label htmlFor="filter-publisher">Publisher</label>
        <select id="filter-publisher" name="publisher" defaultValue={filters.publisher ?? ""}>
          <option value="">Any publisher</option>
          {publishers.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
      </div>
      <Field label="Published from" name="filter-from" error={errors.from}>
        <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ""} />
      </Field>
      <Field label="Published to" name="filter-to" error={errors.to}>
        <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ""} />
      </Field>
      <fieldset className="article-filters-checks">
        <legend>Has</legend>
        <label>
          <input type="checkbox" name="openClaims" value="1" defaultChecked={Boolean(filters.openClaims)} /> open claims
        </label>
        <label>
          <input type="checkbox" name="openFlags" value="1" defaultChecked={Boolean(filters.openFlags)} /> open flags
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="filter-sort">Sort</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort ?? "imported_desc"}>
          {ARTICLE_SORTS.map((s) => (
            <option key={s} value={s}>
              {ARTICLE_SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="article-filters-actions">
        <button type="submit" className="btn btn-primary btn-sm">
          Apply
        </button>
        {active && (
          <Link href="/articles" className="btn btn-sm btn-ghost">
            Clear
          </Link>
        )}
      </div>
    </form>
  );
}
