// The contract of POST /api/articles/upload: the multipart form and the answer (client-safe: no database).
import { z } from "zod";
import { ImportArticleInput, ImportArticleResponse } from "../articles/import-article.types";
import { Id } from "../validation/common";

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

/** The import's outcome and the title the article got (the file's own when none was given). */
export const ImportUploadedFileResponse = z.intersection(ImportArticleResponse, z.object({ title: z.string() }));
