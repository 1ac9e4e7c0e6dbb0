/** Deeper than this, a request body is refused: no form or record of the app nests anywhere near it. */
export const MAX_INPUT_DEPTH = 32;

// NUL cannot be stored in PostgreSQL text; a lone surrogate is not Unicode and breaks jsonb.
const UNSAFE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface UnsafeInput {
  field: string;
  message: string;
}

/**
 * The first place in a parsed input (JSON, form fields, path or query) that no field may hold: a NUL
 * character, a lone surrogate, or nesting deeper than MAX_INPUT_DEPTH. Walks with its own stack, so a
 * hostile depth cannot overflow the call stack.
 */
export function findUnsafeInput(input: unknown, root: string): UnsafeInput | null {
  const stack: { value: unknown; path: string[] }[] = [{ value: input, path: [] }];
  const name = (path: string[]) => path.join(".") || root;
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (typeof value === "string") {
      if (UNSAFE_CHARACTER.test(value)) return { field: name(path), message: "contains a character that is not allowed (NUL or an unpaired surrogate)" };
      continue;
    }
    if (value === null || typeof value !== "object" || (typeof Blob !== "undefined" && value instanceof Blob)) continue;
    if (path.length >= MAX_INPUT_DEPTH) return { field: name(path), message: `is nested too deeply (more than ${MAX_INPUT_DEPTH} levels)` };
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      if (UNSAFE_CHARACTER.test(key)) return { field: name(path), message: "has a key with a character that is not allowed" };
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return null;
}

/** A converted file's text with the characters no column may hold (e.g. from `&#0;`) shown as U+FFFD. */
export function replaceUnsafeCharacters(text: string): string {
  return text.replace(new RegExp(UNSAFE_CHARACTER.source, "g"), "\uFFFD");
}
