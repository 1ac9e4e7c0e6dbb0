import Link from "next/link";
import { CLAIM_STATUS_LABELS } from "@/lib/claims/claim-status";
import { formatDate } from "@/lib/format/format-date";
import { countOf } from "@/lib/format/count";
import { SNIPPET_FIELD_LABELS, type ArticleSearchHit, type SearchHit } from "@/lib/search/search-claims.types";
import { HighlightedText } from "./highlighted-text";

/** The hits of one page of a search: claims, each linking to itself in its article, or articles. */
export function SearchResults({ results }: { results: (SearchHit | ArticleSearchHit)[] }) {
  return (
    <ol className="search-results" data-testid="search-results">
      {results.map((hit) => (hit.type === "article" ? <ArticleHit key={hit.id} hit={hit} /> : <ClaimHit key={hit.id} hit={hit} />))}
    </ol>
  );
}

function ClaimHit({ hit }: { hit: SearchHit }) {
  return (
    <li className="search-hit">
      <Link href={`/articles/${hit.articleId}?claim=${hit.id}`} className="search-hit-claim">
        <HighlightedText parts={hit.text} />
      </Link>
      <div className="search-hit-meta small">
        <span className={`badge badge-status-${hit.status}`}>{CLAIM_STATUS_LABELS[hit.status]}</span>
        {hit.rating && (
          <span className="rating-pill" style={{ background: hit.rating.color }}>
            {hit.rating.label}
          </span>
        )}
        <span className="muted">
          <HighlightedText parts={hit.articleTitle} />
          {hit.publisher && ` · ${hit.publisher}`} · {formatDate(hit.articlePublishedAt)}
        </span>
        {hit.assignee && <span className="muted">Assigned to {hit.assignee.name}</span>}
      </div>
      {hit.snippets.length > 0 && (
        <ul className="search-snippets">
          {hit.snippets.map((s, i) => (
            <li key={i}>
              <span className="search-snippet-field">{SNIPPET_FIELD_LABELS[s.field]}</span> <HighlightedText parts={s.text} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ArticleHit({ hit }: { hit: ArticleSearchHit }) {
  return (
    <li className="search-hit search-hit-article">
      <Link href={`/articles/${hit.id}`} className="search-hit-claim">
        <HighlightedText parts={hit.title} />
      </Link>
      <div className="search-hit-meta small">
        <span className="badge">Article</span>
        <span className="muted">
          {[hit.publisher, hit.author && `by ${hit.author}`, formatDate(hit.publishedAt)].filter(Boolean).join(" · ")} · {countOf(hit.claimCount, { one: "claim", other: "claims" })}
        </span>
      </div>
      {hit.snippet.length > 0 && (
        <ul className="search-snippets">
          <li>
            <span className="search-snippet-field">In the text</span> <HighlightedText parts={hit.snippet} />
          </li>
        </ul>
      )}
    </li>
  );
}
