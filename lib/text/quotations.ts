// Quotations in an article (the words of others) and quoting a piece of text inside a message.

export interface QuotedRange {
  start: number;
  end: number;
}

// Straight double quotes pair up in order; curly ones by direction. A curly single quote closes where ’ is
// not followed by a letter (inside a word it is an apostrophe: "Bank’s"). Guillemets are rare in English copy.
const QUOTATION_RE = /“[^”\n]{1,2000}”|"[^"\n]{1,2000}"|‘[^‘\n]{1,2000}?’(?![\p{L}])/gu;
// A paragraph that opens a quotation without closing it continues the quotation (the multi-paragraph
// convention: an opening mark on each paragraph, a closing mark only on the last).
const OPEN_PARAGRAPH_QUOTATION_RE = /^[ \t]*[“‘"][^\n]*$/gmu;

/** The ranges of `text` inside quotation marks, in text order, marks included. */
export function findQuotations(text: string): QuotedRange[] {
  const quotes: QuotedRange[] = [];
  QUOTATION_RE.lastIndex = 0;
  for (let m = QUOTATION_RE.exec(text); m !== null; m = QUOTATION_RE.exec(text)) quotes.push({ start: m.index, end: m.index + m[0].length });
  OPEN_PARAGRAPH_QUOTATION_RE.lastIndex = 0;
  for (let m = OPEN_PARAGRAPH_QUOTATION_RE.exec(text); m !== null; m = OPEN_PARAGRAPH_QUOTATION_RE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!quotes.some((q) => q.start <= start + 4 && q.end > start)) quotes.push({ start, end });
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * A piece of text quoted for a message, whitespace flattened and shortened in the middle when longer
 * than `max`, cutting between words so a reader never sees "…nhanced".
 */
export function quoteForMessage(s: string, max = 90, marks: readonly [string, string] = ["'", "'"]): string {
  const [open, close] = marks;
  const flat = s.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return `${open}${flat}${close}`;
  let head = flat.slice(0, Math.ceil(max * 0.6));
  let tail = flat.slice(flat.length - Math.floor(max * 0.3));
  if (/\S/.test(flat[head.length] ?? " ") && head.includes(" ")) head = head.slice(0, head.lastIndexOf(" "));
  if (/\S/.test(flat[flat.length - tail.length - 1] ?? " ") && tail.includes(" ")) tail = tail.slice(tail.indexOf(" ") + 1);
  return `${open}${head.trimEnd()} … ${tail.trimStart()}${close}`;
}
