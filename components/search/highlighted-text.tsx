import type { Highlighted } from "@/lib/search/search-claims.types";

/** A search result's text with the query's words as <mark> (text nodes only: nothing from the database is HTML). */
export function HighlightedText({ parts }: { parts: Highlighted }) {
  return (
    <>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
