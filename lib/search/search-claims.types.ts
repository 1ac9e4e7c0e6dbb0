// The contract of GET /api/search and the Search page: full-text search of claims — matched anywhere, in their
// own words, their evidence or their comments — and of articles (client-safe, no database).
import { z } from "zod";
import { CLAIM_STATUSES } from "../claims/claim-status";
import { cursorParam, pageSizeParam } from "../pagination/keyset-cursor";
import { Id, optionalDate, optionalText } from "../validation/common";
import { JsonDate } from "../validation/json";

export const SEARCH_SORTS = ["relevance", "newest"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/**
 * What to search: `all` claims matched anywhere the reader may see (the default); `claim` their own words (text,
 * quoted passage, article title, visible verdicts); `evidence` or `comment` (desk only) claims matched there;
 * `article` the articles themselves (title, author, publisher, text).
 */
export const SEARCH_TYPES = ["all", "claim", "evidence", "comment", "article"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];
export const SEARCH_TYPE_LABELS: Record<SearchType, string> = {
  all: "Claims, anywhere",
  claim: "Claims, their own words",
  evidence: "Claims, by their evidence",
  comment: "Claims, by their comments",
  article: "Articles",
};
/** Filters that apply to claims only. */
const CLAIM_ONLY_FILTERS = ["status", "rating", "article", "assignee"] as const;

const blankToUndefined = <T>(v: T | "" | undefined): T | undefined => (v === "" ? undefined : v);

export const SearchClaimsQuery = z
  .object({
    /** Words as a person types them into a search box: `"exact phrase"`, `or`, `-without` (websearch_to_tsquery). */
    q: z.string({ error: "is required" }).trim().min(1, "is required").max(200, "must be at most 200 characters"),
    type: z
      .union([z.literal(""), z.enum(SEARCH_TYPES, { error: `must be one of ${SEARCH_TYPES.join(", ")}` })])
      .optional()
      .transform((v) => v || "all"),
    status: z
      .union([z.literal(""), z.enum(CLAIM_STATUSES, { error: `must be one of ${CLAIM_STATUSES.join(", ")}` })])
      .optional()
      .transform(blankToUndefined),
    /** The final verdict's rating (its slug); for viewers, published verdicts only. */
    rating: optionalText(100),
    article: z.union([z.literal(""), Id]).optional().transform(blankToUndefined),
    publisher: optionalText(300),
    /** Articles published on or after this day (the article's own publication date, as in the Reports). */
    from: optionalDate,
    /** …and on or before this day. */
    to: optionalDate,
    /** Claims assigned to this person (a user id). Desk only. */
    assignee: z.union([z.literal(""), Id]).optional().transform(blankToUndefined),
    sort: z
      .union([z.literal(""), z.enum(SEARCH_SORTS, { error: `must be one of ${SEARCH_SORTS.join(", ")}` })])
      .optional()
      .transform((v) => v || "relevance"),
    /** The `nextCursor` of the previous page: (rank, id) by relevance, (created at, id) by newest. */
    after: cursorParam(z.tuple([z.union([z.number(), z.iso.datetime()]), z.string().max(64)])).optional(),
    take: pageSizeParam(20, 100),
  })
  .superRefine((q, ctx) => {
    if (q.from && q.to && q.from > q.to) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
    if (q.type === "article") {
      for (const field of CLAIM_ONLY_FILTERS) if (q[field]) ctx.addIssue({ code: "custom", path: [field], message: "filters claims: it does not apply to type=article" });
    }
    if (q.after && typeof q.after[0] !== (q.sort === "relevance" ? "number" : "string")) {
      ctx.addIssue({ code: "custom", path: ["after"], message: "is a cursor of another sort order (start again from the first page)" });
    }
  });
export type SearchClaimsQuery = z.output<typeof SearchClaimsQuery>;
export type SearchClaimsInput = z.input<typeof SearchClaimsQuery>;

/** A text with the words that matched the query marked: render the `match` parts as <mark>. */
export const Highlighted = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Highlighted = z.output<typeof Highlighted>;

export const SNIPPET_FIELDS = ["quote", "verdict", "evidence", "comment"] as const;
export const SNIPPET_FIELD_LABELS: Record<(typeof SNIPPET_FIELDS)[number], string> = {
  quote: "In the article",
  verdict: "Verdict",
  evidence: "Evidence",
  comment: "Comment",
};

export const SearchHit = z.object({
  type: z.literal("claim"),
  id: z.string(),
  status: z.enum(CLAIM_STATUSES),
  /** The claim's text, the query's words marked. */
  text: Highlighted,
  articleId: z.string(),
  articleTitle: Highlighted,
  publisher: z.string().nullable(),
  articlePublishedAt: JsonDate.nullable(),
  /** The final verdict's rating, when the reader may see it. */
  rating: z.object({ slug: z.string(), label: z.string(), color: z.string() }).nullable(),
  /** Desk only (null for viewers). */
  assignee: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: JsonDate,
  /** ts_rank of the text the reader may see (higher first). */
  rank: z.number(),
  /** Where else the words were found (the passage in the article, a verdict, evidence, a comment), up to three. */
  snippets: z.array(z.object({ field: z.enum(SNIPPET_FIELDS), text: Highlighted })),
});
export type SearchHit = z.output<typeof SearchHit>;

/** An article found by type=article. */
export const ArticleSearchHit = z.object({
  type: z.literal("article"),
  id: z.string(),
  /** The title, the query's words marked. */
  title: Highlighted,
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: JsonDate.nullable(),
  createdAt: JsonDate,
  /** ts_rank over title (A), author and publisher (B) and text (D). */
  rank: z.number(),
  claimCount: z.number().int(),
  /** Up to two passages of the text where the words are, marked (empty when only the title matched). */
  snippet: Highlighted,
});
export type ArticleSearchHit = z.output<typeof ArticleSearchHit>;

export const SearchResponse = z.object({
  /** Claims, or with type=article articles; each says which by its `type`. */
  results: z.array(z.discriminatedUnion("type", [SearchHit, ArticleSearchHit])),
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type SearchResponse = z.output<typeof SearchResponse>;
