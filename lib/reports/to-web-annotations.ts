import type { ArticleReport } from "./report.types";

/** How many characters of context a TextQuoteSelector carries either side of the exact text. */
const CONTEXT = 32;

export type WebAnnotation = Record<string, unknown> & { type: "Annotation"; id: string };

/**
 * The report's claims and flags as W3C Web Annotations (http://www.w3.org/ns/anno.jsonld): a verdict is
 * `assessing` with its rating and rationale as the body, a claim without one `highlighting`, a flag
 * `commenting` with its explanation. Each targets the article (its URL, else a URN of its text's SHA-256)
 * with a TextQuoteSelector and a TextPositionSelector taken from the article's current text, so both select
 * exactly the claim's words; an orphaned claim (its words are gone) keeps only its quote.
 */
export function toWebAnnotations(report: ArticleReport, text: string, baseUrl: string): WebAnnotation[] {
  const source = report.article.url ?? `urn:sha256:${report.article.sha256}`;
  const target = (start: number, end: number, exact: string, orphaned: boolean) => {
    const located = !orphaned && text.slice(start, end) === exact;
    const quote = { type: "TextQuoteSelector", exact, prefix: located ? text.slice(Math.max(0, start - CONTEXT), start) : "", suffix: located ? text.slice(end, end + CONTEXT) : "" };
    return { type: "SpecificResource", source, selector: located ? [quote, { type: "TextPositionSelector", start, end }] : [quote] };
  };
  const annotations: WebAnnotation[] = [];
  for (const claim of report.claims) {
    const id = `${baseUrl}/annotations/claims/${encodeURIComponent(claim.id)}`;
    const v = claim.verdict;
    annotations.push({
      id,
      type: "Annotation",
      motivation: v ? "assessing" : "highlighting",
      ...(v ? { body: [{ type: "TextualBody", purpose: "assessing", format: "text/plain", value: `${v.rating.label}: ${v.rationale}` }] } : {}),
      target: target(claim.start, claim.end, claim.text, claim.anchorState === "orphaned"),
      ...(claim.publishedAt ? { created: claim.publishedAt } : {}),
    });
  }
  for (const flag of report.flags) {
    annotations.push({
      id: `${baseUrl}/annotations/flags/${encodeURIComponent(flag.id)}`,
      type: "Annotation",
      motivation: "commenting",
      body: [
        { type: "TextualBody", purpose: "commenting", format: "text/plain", value: flag.explanation },
        { type: "TextualBody", purpose: "tagging", value: flag.kindLabel },
      ],
      target: target(flag.start, flag.end, flag.quote, false),
    });
  }
  return annotations;
}

/** An AnnotationCollection with its one page, as JSON-LD. */
export function annotationCollection(id: string, label: string, items: WebAnnotation[]): Record<string, unknown> {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id,
    type: "AnnotationCollection",
    label,
    total: items.length,
    first: { id: `${id}#page1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
