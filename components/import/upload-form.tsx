"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { MetadataFields, type MetadataDefaults } from "./metadata-fields";
import { DuplicateNotice, type SingleImportResult } from "./single-import-result";

/** Upload one article file (.txt, .md, .html) with its metadata: POST /api/articles/upload (multipart). */
export function UploadForm({ versionOf, defaults }: { versionOf: string | null; defaults: MetadataDefaults }) {
  const router = useRouter();
  const { pending, error, fieldErrors, run } = useApiAction();
  const [duplicate, setDuplicate] = useState<SingleImportResult | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDuplicate(null);
    const form = new FormData(event.currentTarget);
    if (versionOf) form.set("versionOf", versionOf);
    const result = await run(() => api.articles.upload(form));
    if (!result) return;
    if (result.outcome === "duplicate") setDuplicate(result);
    else router.push(`/articles/${result.articleId}`);
  }

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
      {error && Object.keys(fieldErrors).length === 0 && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {duplicate && <DuplicateNotice result={duplicate} />}
      <div className="row">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Uploading…" : versionOf ? "Upload as new version" : "Upload and import"}
        </Button>
      </div>
    </form>
  );
}
