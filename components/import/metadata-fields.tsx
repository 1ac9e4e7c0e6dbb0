import { Field } from "@/components/ui/field";

/** Values to prefill (a new version starts from the article's current metadata). */
export interface MetadataDefaults {
  title?: string;
  url?: string;
  publisher?: string;
  author?: string;
  publishedAt?: string;
  language?: string;
}

/**
 * The article metadata fields of the import forms, each with its error underneath. `idPrefix` keeps the
 * ids unique when several forms are on the page.
 */
export function MetadataFields({
  idPrefix,
  errors,
  defaults = {},
  titleRequired,
  titleHint,
}: {
  idPrefix: string;
  errors: Record<string, string>;
  defaults?: MetadataDefaults;
  titleRequired: boolean;
  titleHint?: string;
}) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field label={titleRequired ? "Title" : "Title (optional)"} name={id("title")} error={errors.title} hint={titleHint}>
        <input id={id("title")} name="title" defaultValue={defaults.title} maxLength={500} required={titleRequired} />
      </Field>
      <div className="grid-2">
        <Field label="URL" name={id("url")} error={errors.url}>
          <input id={id("url")} name="url" type="url" placeholder="https://" defaultValue={defaults.url} />
        </Field>
        <Field label="Publisher" name={id("publisher")} error={errors.publisher}>
          <input id={id("publisher")} name="publisher" defaultValue={defaults.publisher} maxLength={200} />
        </Field>
      </div>
      <div className="import-meta-3">
        <Field label="Author" name={id("author")} error={errors.author}>
          <input id={id("author")} name="author" defaultValue={defaults.author} maxLength={200} />
        </Field>
        <Field label="Published" name={id("publishedAt")} error={errors.publishedAt}>
          <input id={id("publishedAt")} name="publishedAt" type="date" defaultValue={defaults.publishedAt} />
        </Field>
        <Field label="Language" name={id("language")} error={errors.language} hint="e.g. en, pt-BR">
          <input id={id("language")} name="language" placeholder="en" defaultValue={defaults.language} maxLength={12} />
        </Field>
      </div>
    </>
  );
}

export const METADATA_KEYS = ["title", "url", "publisher", "author", "publishedAt", "language"] as const;
