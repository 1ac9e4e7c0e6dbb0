import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { forbiddenMessage, isPermission } from "@/lib/auth/permissions";
import { listArticles } from "@/lib/articles/list-articles";
import { formatDate } from "@/lib/format/format-date";

export const metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("article.read", "/articles");
  const { denied } = await searchParams;
  const { articles } = await listArticles();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Articles</h1>
          <p>{articles.length === 1 ? "1 article" : `${articles.length} articles`} under review</p>
        </div>
      </div>
      {typeof denied === "string" && isPermission(denied) && (
        <div className="form-error" role="alert" style={{ marginBottom: 14 }} data-testid="denied-notice">
          {forbiddenMessage(actor.role, denied)}.
        </div>
      )}
      <div className="card table-scroll">
        {articles.length === 0 ? (
          <div className="empty">No articles yet.</div>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Article</th>
                <th>Published</th>
                <th className="num">Claims</th>
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
                  <td className="num">{a.publishedCount}</td>
                  <td className="num">{a.openFlagCount > 0 ? <span className="badge badge-status-needs_second_review">{a.openFlagCount}</span> : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </>
  );
}
