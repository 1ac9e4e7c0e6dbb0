import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { fieldIssues } from "@/lib/http/api-route";
import { deskPeople } from "@/lib/people/list-people";
import { listRatings } from "@/lib/ratings/list-ratings";
import { listReportFilters } from "@/lib/reports/list-report-filters";
import { search, SearchQuery } from "@/lib/search/search";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

export const metadata = { title: "Search" };
export const dynamic = "force-dynamic";

const PARAMS = ["q", "type", "status", "rating", "article", "publisher", "from", "to", "assignee", "sort", "after"] as const;

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("search.read", "/search");
  const raw = await searchParams;
  const values: Record<string, string> = {};
  for (const name of PARAMS) if (typeof raw[name] === "string" && raw[name]) values[name] = raw[name] as string;
  const desk = can(actor.role, "verdict.read_unpublished");
  if (!desk) delete values.assignee;
  const comments = can(actor.role, "comment.read");
  if (!comments && values.type === "comment") delete values.type;
  const articles = values.type === "article";
  // The claim filters do not apply to articles: a search switched to Articles leaves them behind (the API refuses them).
  if (articles) for (const name of ["status", "rating", "article", "assignee"] as const) delete values[name];

  const parsed = values.q ? SearchQuery.safeParse(values) : null;
  const [ratings, filters, people, article, found] = await Promise.all([
    listRatings(),
    listReportFilters({ reviewers: false }),
    desk ? deskPeople() : null,
    parsed?.success && parsed.data.article ? getDb().article.findUnique({ where: { id: parsed.data.article }, select: { id: true, title: true } }) : null,
    parsed?.success ? search(actor, parsed.data) : null,
  ]);
  const problem = parsed && !parsed.success ? fieldIssues(parsed.error, "query")[0] : null;
  const next = found?.nextCursor ? `/search?${new URLSearchParams({ ...values, after: found.nextCursor })}` : null;
  const first = values.after ? `/search?${new URLSearchParams(Object.entries(values).filter(([k]) => k !== "after"))}` : null;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Search</h1>
          <p>
            Claims by their words, their article’s title{desk ? ", verdicts, evidence and comments" : " and published verdicts"}, or the articles themselves; best match first.
          </p>
        </div>
      </div>
      <SearchForm values={values} options={{ ratings: ratings.map((r) => ({ slug: r.slug, label: r.label })), publishers: filters.publishers, people, article, comments }} />
      {problem && (
        <div className="form-error" role="alert">
          {problem.field}: {problem.message}
        </div>
      )}
      {found && (
        <section className="card search-page" aria-label="Results" aria-live="polite">
          {found.results.length === 0 ? (
            <div className="empty">{values.after ? `No more ${articles ? "articles" : "claims"} match.` : `No ${articles ? "article" : "claim"} matches. Try fewer or other words.`}</div>
          ) : (
            <SearchResults results={found.results} />
          )}
          {(next || first) && (
            <nav className="search-pages" aria-label="Result pages">
              {first && <Link href={first}>First page</Link>}
              {next && (
                <Link href={next} rel="next">
                  Next page
                </Link>
              )}
            </nav>
          )}
        </section>
      )}
    </>
  );
}
