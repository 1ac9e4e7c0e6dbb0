// Paragraphs of an article's plain text: a blank line (possibly holding spaces or tabs) separates two.

/** A paragraph break: a claim never reaches across one, and the dateline lives before the first. */
export const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** Offset where the first paragraph ends (the whole text when it has one paragraph). */
export function firstParagraphEnd(text: string): number {
  const at = text.search(PARAGRAPH_BREAK);
  return at === -1 ? text.length : at;
}
