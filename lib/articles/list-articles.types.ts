// The contract of GET /api/articles and of the Articles page's filters, which live in its URL (client-safe: no database).
import { z } from "zod";
import { cursorParam, pageSizeParam } from "../pagination/keyset-cursor";

/** How the list is ordered; each is a keyset order ending on the id, so every page is an index range. */
export const ARTICLE_SORTS = ["imported_desc", "imported_asc", "published_desc", "title_asc"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export const ARTICLE_SORT_LABELS: Record<ArticleSort, string> = {
  imported_desc: "Newest imported",
  imported_asc: "Oldest imported",
  published_desc: "Newest published",
  title_asc: "Title A–Z",
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (what: string) =>
  z
    .string()
    .trim()
    .regex(DAY, `must be a date, YYYY-MM-DD (${what})`)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "is not a calendar day");
/** A checkbox of a GET form: "1" (or "true") when ticked, absent otherwise. */
const flag = z.enum(["1", "true", "0", "false"]).transform((v) => v === "1" || v === "true");

/**
 * The article list's query: filters (publisher, published date range, has open claims / open flags),
 * the order, and the keyset cursor (`after`: the previous page's nextCursor, for the same filters and order).
 */
export const ListArticlesQuery = z
  .object({
    /** Exact publisher name, case-insensitive. */
    publisher: z.string().trim().max(300, "is too long").optional(),
    /** Published on or after this day (UTC). */
    from: day("from").optional(),
    /** Published on or before this day (UTC). */
    to: day("to").optional(),
    openClaims: flag.optional(),
    openFlags: flag.optional(),
    sort: z.enum(ARTICLE_SORTS, { error: `must be one of ${ARTICLE_SORTS.join(", ")}` }).default("imported_desc"),
    /** The sort key of the previous page's last row (a timestamp or a title; null where it has none) and its id. */
    after: cursorParam(z.tuple([z.string().max(1000).nullable(), z.string().max(64)])).optional(),
    take: pageSizeParam(200, 500),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "must not be after `to`", path: ["from"] });
export type ListArticlesQuery = Partial<z.input<typeof ListArticlesQuery>> & { after?: [string | null, string] };
export type ListArticlesOptions = Partial<z.output<typeof ListArticlesQuery>>;

/** The filters as the page's URL holds them: ListArticlesQuery's fields, minus paging. */
export type ArticleFilters = Pick<z.output<typeof ListArticlesQuery>, "publisher" | "from" | "to" | "openClaims" | "openFlags" | "sort">;
