// Writing untrusted text (article text, rationales, evidence titles and URLs) into HTML and Markdown.

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML text or attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * A URL that may become a link: http(s) only, parsed and re-serialised, with every character that could end
 * a Markdown link destination or an HTML attribute (`)`, `(`, `<`, `>`, quotes, spaces, backslashes,
 * braces) percent-encoded. Anything else (javascript:, data:, unparsable) gives null: shown as text, never linked.
 */
export function safeHref(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  return parsed.href.replace(/[\s<>()"'`\\{}|^]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}

/**
 * Text as inline Markdown: every character that could format, link or open HTML is backslash-escaped
 * (emphasis, code, brackets, angle brackets, entities, tables, strikethrough), `://` and `www.` are broken so
 * GFM does not autolink them, a line-start marker (list, heading, quote) is escaped, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, " ")
    .replace(/[\\`*_\[\]<>#|~&]/g, "\\$&")
    .replace(/:\/\//g, "\\://")
    .replace(/\b(www)\./gi, "$1\\.")
    .replace(/^(\s*)(\d+)([.)])/, "$1$2\\$3")
    .replace(/^(\s*)([-+=>])/, "$1\\$2");
}

/** JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators escaped so the text can never close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** An ISO date-time as its day, "2025-10-30"; "—" for none. */
export function isoDay(value: string | null): string {
  return value ? value.slice(0, 10) : "—";
}
