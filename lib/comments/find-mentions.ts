/**
 * The @handles a comment names: `@sam.ito` or `@reviewer2`, not inside an email address or a word; a trailing
 * dot or dash is punctuation, not part of the handle. Lower-cased, each once, in order.
 */
export function findMentions(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(/(?<![\w@.])@([a-z0-9][a-z0-9._-]*)/gi)) {
    found.add(match[1]!.replace(/[._-]+$/, "").toLowerCase());
  }
  return [...found];
}
