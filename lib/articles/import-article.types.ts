// The contract of import-article: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { Id, HttpUrl, optionalDate, optionalText } from "../validation/common";

export const ImportArticleInput = z.object({
  title: z.string({ error: "is required" }).trim().min(1, "is required").max(500, "must be at most 500 characters"),
  text: z.string({ error: "is required" }),
  url: z.union([z.literal(""), HttpUrl]).optional().transform((v) => v || undefined),
  publisher: optionalText(200),
  author: optionalText(200),
  publishedAt: optionalDate,
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, "must be a language code such as en or pt-BR")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Store the text as a new version of this article instead of matching by URL. */
  versionOf: Id.optional(),
});
export type ImportArticleInput = z.input<typeof ImportArticleInput>;
export type ParsedImportArticle = z.output<typeof ImportArticleInput>;

const ReanchorSummary = z.object({ anchored: z.number(), fuzzy: z.number(), orphaned: z.number() });

/** What an import answers: a new article, a new version (with how its claims and flags were found again), or a duplicate. */
export const ImportArticleResponse = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("imported"), articleId: z.string(), version: z.number(), claimsProposed: z.number(), flagsRaised: z.number() }),
  z.object({ outcome: z.literal("new_version"), articleId: z.string(), version: z.number(), claimsProposed: z.number(), flagsRaised: z.number(), flagsResolved: z.number(), reanchored: ReanchorSummary }),
  z.object({ outcome: z.literal("duplicate"), articleId: z.string(), version: z.number() }),
]);
export type ImportOutcome = z.output<typeof ImportArticleResponse>;
