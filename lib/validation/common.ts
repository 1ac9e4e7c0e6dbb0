import { z } from "zod";

/** A record id (a cuid): letters, digits, `_` and `-` only, so `%00` or a path trick never reaches a query. */
export const Id = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "is too long")
  .regex(/^[A-Za-z0-9_-]+$/, "is not a valid id");

/** http(s) only: a javascript: or file: URL in evidence would be clicked by the next reviewer. */
export const HttpUrl = z
  .string()
  .trim()
  .min(1, "is required")
  .max(2000, "is too long")
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL");

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar day of years 1000–9999 (PostgreSQL has no year 0; 2025-02-30 is no day). */
function isCalendarDate(value: string): boolean {
  const match = DATE_SHAPE.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar date (YYYY-MM-DD) or a full ISO 8601 timestamp, turned into a Date. */
export const DateInput = z
  .string()
  .trim()
  .refine(isCalendarDate, "must be a date like 2025-10-30")
  .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

/** Optional text field: blank becomes undefined so forms can send empty inputs. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const optionalDate = z
  .union([z.literal(""), DateInput])
  .optional()
  .transform((value) => (value instanceof Date ? value : undefined));

/** The revision the client read; a write against another revision is a conflict. */
export const Revision = z.number({ error: "is required (the revision you are editing)" }).int().min(0);
