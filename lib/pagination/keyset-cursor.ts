import { z } from "zod";

/**
 * Keyset pagination: a page ends with the sort key of its last row, and the next page asks for rows
 * after it (`WHERE (key…) > (cursor…)` on an index), so page 1,000 costs what page 1 costs — no OFFSET
 * scan. The cursor is that key as opaque base64url JSON.
 */
export function encodeCursor(key: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** A zod schema for the `after` query parameter: the cursor decoded into its key, checked against `shape`. */
export function cursorParam<T extends z.ZodTuple>(shape: T) {
  return z
    .string()
    .max(500, "is too long")
    .transform((value, ctx): z.output<T> => {
      let decoded: unknown;
      try {
        decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
      } catch {
        decoded = undefined;
      }
      const parsed = shape.safeParse(decoded);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: "is not a cursor this API gave out (use nextCursor of the previous page)" });
        return z.NEVER;
      }
      return parsed.data;
    });
}

/** The page size parameter: 1…max rows, `fallback` when absent. */
export function pageSizeParam(fallback: number, max: number) {
  return z.coerce.number({ error: "must be a number" }).int("must be a whole number").min(1, "must be at least 1").max(max, `must be at most ${max}`).default(fallback);
}
