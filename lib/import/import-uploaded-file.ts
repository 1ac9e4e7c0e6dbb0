import { replaceUnsafeCharacters } from "../http/unsafe-text";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import type { Tx } from "../db/client";
import { InvalidInputError } from "../errors";
import { getImportLimits } from "../config/import-limits";
import { importArticle, ImportArticleInput, type ImportOutcome, type ParsedImportArticle } from "../articles/import-article";
import type { UploadMetadata } from "./import-uploaded-file.types";
export { UploadMetadata, UploadedFile, ImportUploadedFileForm } from "./import-uploaded-file.types";
import { convertArticleFile } from "./convert-article-file";

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
  // A file's name is not checked like a form field: what no column can hold becomes U+FFFD.
  const title = upload.metadata.title ?? converted.title ?? (replaceUnsafeCharacters(upload.fileName.replace(/\.[^.]+$/, "")).trim().slice(0, 500) || "Untitled");
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
