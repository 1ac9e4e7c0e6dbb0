"use client";

import { api } from "@/lib/client/api";
import type { ImportArticleInput } from "@/lib/articles/import-article.types";
import { Field } from "@/components/ui/field";
import { MetadataFields, METADATA_KEYS, type MetadataDefaults } from "./metadata-fields";
import { SingleImportFooter } from "./single-import-result";
import { useSingleImport } from "./use-single-import";

/** Paste an article's text with its metadata: POST /api/articles (JSON). */
export function PasteForm({ versionOf, defaults }: { versionOf: string | null; defaults: MetadataDefaults }) {
  const { pending, error, fieldErrors, duplicate, onSubmit } = useSingleImport((form) => {
    const body: Record<string, string> = { text: String(form.get("text") ?? "") };
    for (const key of METADATA_KEYS) body[key] = String(form.get(key) ?? "");
    if (versionOf) body.versionOf = versionOf;
    // What was typed goes as typed: the server checks it and names the field that is wrong.
    return api.articles.import(body as unknown as ImportArticleInput);
  });

  return (
    <form className="import-form" onSubmit={onSubmit} noValidate aria-label="Paste text">
      <Field label="Article text" name="paste-text" error={fieldErrors.text} hint="Paragraphs are kept as they are; separate them with a blank line.">
        <textarea id="paste-text" name="text" rows={14} className="import-textarea" placeholder="Paste the article's text here" />
      </Field>
      <MetadataFields idPrefix="paste" errors={fieldErrors} defaults={defaults} titleRequired />
      <SingleImportFooter error={error} fieldErrors={fieldErrors} duplicate={duplicate} pending={pending} pendingLabel="Importing…" label={versionOf ? "Import as new version" : "Import article"} />
    </form>
  );
}
