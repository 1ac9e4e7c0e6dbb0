import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { forbiddenMessage, isPermission } from "@/lib/auth/permissions";
import { listArticles, listPublishers, ListArticlesQuery, type ArticleFilters } from "@/lib/articles/list-articles";
import { formatDate } from "@/lib/format/format-date";
import { countOf } from "@/lib/format/count";
import { ArticleFiltersForm, articlesHref } from "@/components/articles/article-filters";

export const metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 25;

/** One value per query parameter (the first), as the filter schema reads them. */
function single(params: Record<string, string | string[] | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).flatMap(([k, v]) => (typeof v === "string" && v !== "" ? [[k, v]] : Array.isArray(v) && v[0] ? [[k, v[0]]] : [])));
}

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("article.read", "/articles");
  const params = single(await searchParams);
  const { denied, ...query } = params;
  // Filters from the URL, checked by the list's own schema; a wrong one is named and left out.
  const parsed = ListArticlesQuery.safeParse({ ...query, take: String(PAGE_SIZE) });
  const errors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "filters")] ??= issue.message;
  const options = parsed.success ? parsed.data : ListArticlesQuery.parse({ ...Object.fromEntries(Object.entries(query).filter(([k]) => !errors[k] && k !== "after")), take: String(PAGE_SIZE) });
  const filters: ArticleFilters = { publisher: options.publisher, from: options.from, to: options.to, openClaims: options.openClaims, openFlags: options.openFlags, sort: options.sort };
  const [{ articles, nextCursor }, publishers] = await Promise.all([listArticles(options), listPublishers()]);
  const filtered = Boolean(filters.publisher || filters.from || filters.to || filters.openClaims || filters.openFlags);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Articles</h1>
          <p data-testid="articles-summary">
            {options.after ? "A later page: " : ""}
            {countOf(articles.length, { one: "article", other: "articles" })}
            {filtered ? " match the filters" : " under review"}
            {nextCursor ? ", more on the next page" : ""}
          </p>
        </div>
      </div>
      {typeof denied === "string" && isPermission(denied) && (
        <div className="form-error page-notice" role="alert" data-testid="denied-notice">
          {forbiddenMessage(actor.role, denied)}.
        </div>
      )}
      {Object.keys(errors).length > 0 && (
        <div className="form-error" role="alert" style={{ marginBottom: 14 }} data-testid="filter-error">
          {Object.entries(errors)
            .map(([field, message]) => `${field}: ${message}`)
            .join("; ")}
        </div>
      )}
      {/* Keyed by the filters: the uncontrolled fields take the URL's values again after a client navigation. */}
      <ArticleFiltersForm key={articlesHref(filters)} filters={filters} publishers={publishers} errors={errors} />
      <div className="card table-scroll">
        {articles.length === 0 ? (
          <div className="empty">{filtered ? "No article matches these filters." : "No articles yet."}</div>
        ) : (
          <table className="table" data-testid="articles-table">
            <thead>
              <tr>
                <th>Article</th>
                <th>Published</th>
                <th className="num">Claims</th>
                <th className="num">Open claims</th>
                <th className="num">Published verdicts</th>
                <th className="num">Open flags</th>
              </tr>
            </thead>
            <tbody>
              {articles.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/articles/${a.id}`} className="article-title">
                      {a.title}
                    </Link>
                    <div className="muted small">
                      {[a.publisher, a.author].filter(Boolean).join(" · ") || "—"}
                      {a.versionNumber > 1 && ` · version ${a.versionNumber}`}
                    </div>
                  </td>
                  <td className="muted">{formatDate(a.publishedAt)}</td>
                  <td className="num">{a.claimCount}</td>
                  <td className="num">{a.openClaimCount}</td>
                  <td className="num">{a.publishedCount}</td>
                  <td className="num">{a.openFlagCount > 0 ? <span className="badge badge-status-needs_second_review">{a.openFlagCount}</span> : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {(options.after || nextCursor) && (
          <nav className="article-pages" aria-label="Pages">
            {options.after && (
              <Link className="btn btn-sm" href={articlesHref(filters)}>
                ← First page
              </Link>
            )}
            <span className="spacer" />
            {nextCursor && (
              <Link className="btn btn-sm" href={articlesHref(filters, nextCursor)} data-testid="next-page">
                Next page →
              </Link>
            )}
          </nav>
        )}
      </div>
    </>
  );
}
