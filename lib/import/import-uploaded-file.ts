import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import type { Tx } from "../db/client";
import { InvalidInputError } from "../errors";
import { getImportLimits } from "../config/import-limits";
import { importArticle, ImportArticleInput, type ImportOutcome, type ParsedImportArticle } from "../articles/import-article";
import { Id } from "../validation/common";
import { convertArticleFile } from "./convert-article-file";

/** The metadata that comes with an uploaded file: the title may be left out (the file's own title is used). */
export const UploadMetadata = ImportArticleInput.omit({ text: true, title: true }).extend({
  title: z
    .string()
    .trim()
    .max(500, "must be at most 500 characters")
    .optional()
    .transform((value) => value || undefined),
  // A form sends an empty field when there is no article to version.
  versionOf: z
    .union([z.literal(""), Id])
    .optional()
    .transform((value) => value || undefined),
});
export type UploadMetadata = z.output<typeof UploadMetadata>;

/** A file field of a multipart form. Browsers send an empty, nameless file when none was chosen. */
export const UploadedFile = z
  .custom<File>(
    (value) => typeof value === "object" && value !== null && typeof (value as File).arrayBuffer === "function" && typeof (value as File).name === "string",
    { error: "is required: choose a file" },
  )
  .refine((file) => file.size > 0 || file.name !== "", "is required: choose a file");

/** The multipart form of POST /api/articles/upload: the file and its metadata. */
export const ImportUploadedFileForm = UploadMetadata.extend({ file: UploadedFile });

export interface UploadedArticleFile {
  fileName: string;
  mimeType?: string;
  bytes: Uint8Array;
  metadata: UploadMetadata;
}

/**
 * Imports one uploaded article file (.txt, .md, .html): decoded as UTF-8, HTML reduced to its readable
 * text and Markdown to its words, then imported like any article (duplicate, new version or new article).
 * The title defaults to the HTML title or the first line of the text. Nothing is written when it is refused.
 */
export async function importUploadedFile(actor: Actor | null, upload: UploadedArticleFile, tx?: Tx): Promise<ImportOutcome & { title: string }> {
  const converted = convertArticleFile(upload, getImportLimits().maxUploadBytes);
  const title = upload.metadata.title ?? converted.title ?? upload.fileName.replace(/\.[^.]+$/, "");
  // What the form says wins; what the page says about itself fills the rest (so it is not "Published —"),
  // each value held to the form's own rules and left out when it breaks them.
  const page = converted.metadata;
  const fromPage = <K extends "author" | "publisher" | "publishedAt" | "language">(key: K) => {
    const value = page[key];
    const parsed = ImportArticleInput.shape[key].safeParse(value instanceof Date ? value.toISOString() : (value ?? undefined));
    return parsed.success ? (parsed.data as ParsedImportArticle[K]) : undefined;
  };
  const form = upload.metadata;
  const metadata = {
    ...form,
    author: form.author ?? fromPage("author"),
    publisher: form.publisher ?? fromPage("publisher"),
    publishedAt: form.publishedAt ?? fromPage("publishedAt"),
    language: form.language ?? fromPage("language"),
  };
  try {
    const outcome = await importArticle(actor, { ...metadata, title, text: converted.text }, {}, tx);
    return { ...outcome, title };
  } catch (error) {
  // A null actor is the system (seed, bulk worker acting for a recorded importer).
  if (actor) assertCan(actor, "article.import");
    // The text came from the file: say so, on the field the user can act on.
    if (error instanceof InvalidInputError && error.field === "text") {
      throw new InvalidInputError("file", error.message.replace(/^text: is /, "file: its text is ").replace(/^text: /, "file: "));
    }
    throw error;
  }
}
