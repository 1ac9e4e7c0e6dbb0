/** A piece of a comment as it is shown: plain text, or a link to an http(s) address written in it. */
export type LinkifiedPart = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// An address starts with http:// or https:// (nothing else becomes a link: no javascript:, data:, file:,
// no bare "www.") and runs to whitespace or a character a URL does not carry unescaped.
const URL_START = /\bhttps?:\/\/[^\s<>"'`\u0000-\u001f\u007f]+/gi;
const TRAILING = /[.,;:!?'"’”»)\]}]+$/;

/** The URL as it was meant: trailing punctuation is the sentence's, unless a bracket opened inside it. */
function trimUrl(raw: string): string {
  let url = raw;
  for (;;) {
    const m = TRAILING.exec(url);
    if (!m) return url;
    let cut = m[0];
    // Keep a closing bracket that closes one opened in the URL: https://en.wikipedia.org/wiki/Foo_(bar)
    for (const [open, close] of [["(", ")"], ["[", "]"]] as const) {
      const body = url.slice(0, url.length - cut.length);
      if (cut.startsWith(close) && body.split(open).length > body.split(close).length) cut = cut.slice(1);
    }
    if (!cut) return url;
    url = url.slice(0, url.length - cut.length);
  }
}

/**
 * Splits a comment into text and links, for rendering as React children (never as HTML): only http and
 * https addresses that parse as URLs become links; everything else stays text exactly as written.
 */
export function linkify(body: string): LinkifiedPart[] {
  const parts: LinkifiedPart[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_START)) {
    const text = trimUrl(match[0]);
    let href: string | null = null;
    try {
      const url = new URL(text);
      if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname) href = url.href;
    } catch {
      href = null;
    }
    if (!href) continue;
    if (match.index > last) parts.push({ kind: "text", text: body.slice(last, match.index) });
    parts.push({ kind: "link", text, href });
    last = match.index + text.length;
  }
  if (last < body.length) parts.push({ kind: "text", text: body.slice(last) });
  return parts;
}
