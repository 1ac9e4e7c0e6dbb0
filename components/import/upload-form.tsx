"use client";

import { api } from "@/lib/client/api";
import { Field } from "@/components/ui/field";
import { MetadataFields, type MetadataDefaults } from "./metadata-fields";
import { SingleImportFooter } from "./single-import-result";
import { useSingleImport } from "./use-single-import";

/** Upload one article file (.txt, .md, .html) with its metadata: POST /api/articles/upload (multipart). */
export function UploadForm({ versionOf, defaults }: { versionOf: string | null; defaults: MetadataDefaults }) {
  const { pending, error, fieldErrors, duplicate, onSubmit } = useSingleImport((form) => {
    if (versionOf) form.set("versionOf", versionOf);
    return api.articles.upload(form);
  });

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate aria-label="Upload a file">
      <Field label="Article file" name="upload-file" error={fieldErrors.file} hint=".txt, .md or .html, UTF-8. HTML is reduced to its readable text, paragraphs kept.">
        <input id="upload-file" name="file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
      </Field>
      <MetadataFields
        idPrefix="upload"
        errors={fieldErrors}
        defaults={defaults}
        titleRequired={false}
        titleHint="Leave empty to use the page's title (HTML) or the file's first line."
      />
      <SingleImportFooter error={error} fieldErrors={fieldErrors} duplicate={duplicate} pending={pending} pendingLabel="Uploading…" label={versionOf ? "Upload as new version" : "Upload and import"} />
    </form>
  );
}
