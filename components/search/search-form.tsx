import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { SEARCH_TYPES, SEARCH_TYPE_LABELS } from "@/lib/search/search-claims.types";

export interface SearchFormOptions {
  ratings: { slug: string; label: string }[];
  publishers: string[];
  /** The desk's people, for the assignee filter (null: the reader may not filter by assignee). */
  people: { id: string; name: string }[] | null;
  /** The article a search is limited to, when it is. */
  article: { id: string; title: string } | null;
  /** Whether the reader may search comments. */
  comments: boolean;
}

/**
 * The search box and its filters: a plain GET form, so the query and filters live in the URL (bookmark,
 * reload, back) and the page works before any script loads.
 */
export function SearchForm({ values, options }: { values: Record<string, string>; options: SearchFormOptions }) {
  const v = (name: string) => values[name] ?? "";
  return (
    <form className="card search-form" action="/search" method="get" role="search" aria-label="Search claims and articles">
      <div className="search-box">
        <label className="visually-hidden" htmlFor="search-q">
          Search for
        </label>
        <input id="search-q" type="search" name="q" defaultValue={v("q")} placeholder='Words, "a phrase", or, -without' maxLength={200} />
        <button className="btn btn-primary" type="submit">
          Search
        </button>
      </div>
      <div className="search-filters">
        <FilterSelect
          name="type"
          label="Find"
          any={null}
          value={v("type") || "all"}
          options={SEARCH_TYPES.filter((t) => t !== "comment" || options.comments).map((t) => ({ value: t, label: SEARCH_TYPE_LABELS[t] }))}
        />
        <FilterSelect name="status" label="Status" value={v("status")} options={CLAIM_STATUSES.map((s) => ({ value: s, label: CLAIM_STATUS_LABELS[s] }))} />
        <FilterSelect name="rating" label="Rating" value={v("rating")} options={options.ratings.map((r) => ({ value: r.slug, label: r.label }))} />
        <FilterSelect name="publisher" label="Publisher" value={v("publisher")} options={options.publishers.map((p) => ({ value: p, label: p }))} />
        <label className="field">
          <span className="label">Article published from</span>
          <input type="date" name="from" defaultValue={v("from")} />
        </label>
        <label className="field">
          <span className="label">to</span>
          <input type="date" name="to" defaultValue={v("to")} />
        </label>
        {options.people && <FilterSelect name="assignee" label="Assignee" any="Anyone" value={v("assignee")} options={options.people.map((p) => ({ value: p.id, label: p.name }))} />}
        <FilterSelect
          name="sort"
          label="Sort"
          any={null}
          value={v("sort") || "relevance"}
          options={[
            { value: "relevance", label: "Best match" },
            { value: "newest", label: "Newest first" },
          ]}
        />
      </div>
      {options.article && (
        <p className="small muted">
          <input type="hidden" name="article" value={options.article.id} />
          In the article “{options.article.title}” only.{" "}
          <a href={`/search?${new URLSearchParams(Object.entries(values).filter(([k, val]) => k !== "article" && k !== "after" && val))}`}>Search every article</a>
        </p>
      )}
    </form>
  );
}

/** One filter of the form: a labelled select whose first option (`any`) means no filter. */
function FilterSelect({ name, label, value, options, any = "Any" }: { name: string; label: string; value: string; options: { value: string; label: string }[]; any?: string | null }) {
  return (
    <label className="field">
      <span className="label">{label}</span>
      <select name={name} defaultValue={value}>
        {any !== null && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
