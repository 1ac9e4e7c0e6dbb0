"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { api } from "@/lib/client/api";
import type { ImportArticleInput } from "@/lib/articles/import-article.types";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { useApiAction } from "@/components/ui/use-api-action";
import { MetadataFields, METADATA_KEYS, type MetadataDefaults } from "./metadata-fields";
import { DuplicateNotice, type SingleImportResult } from "./single-import-result";

/** Paste an article's text with its metadata: POST /api/articles (JSON). */
export function PasteForm({ versionOf, defaults }: { versionOf: string | null; defaults: MetadataDefaults }) {
  const router = useRouter();
  const { pending, error, fieldErrors, run } = useApiAction();
  const [duplicate, setDuplicate] = useState<SingleImportResult | null>(null);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDuplicate(null);
    const form = new FormData(event.currentTarget);
    const body: Record<string, string> = { text: String(form.get("text") ?? "") };
    for (const key of METADATA_KEYS) body[key] = String(form.get(key) ?? "");
    if (versionOf) body.versionOf = versionOf;
    // What was typed goes as typed: the server checks it and names the field that is wrong.
    const result = await run(() => api.articles.import(body as unknown as ImportArticleInput));
    if (!result) return;
    if (result.outcome === "duplicate") setDuplicate(result);
    else router.push(`/articles/${result.articleId}`);
  }

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate aria-label="Paste text">
      <Field label="Article text" name="paste-text" error={fieldErrors.text} hint="Paragraphs are kept as they are; separate them with a blank line.">
        <textarea id="paste-text" name="text" rows={14} className="import-textarea" placeholder="Paste the article's text here" />
      </Field>
      <MetadataFields idPrefix="paste" errors={fieldErrors} defaults={defaults} titleRequired />
      {error && Object.keys(fieldErrors).length === 0 && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
      {duplicate && <DuplicateNotice result={duplicate} />}
      <div className="row">
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? "Importing…" : versionOf ? "Import as new version" : "Import article"}
        </Button>
      </div>
    </form>
  );
}
