import { z } from "zod";

export const Id = z.string().trim().min(1, "is required").max(64, "is too long");

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

/** A calendar date (YYYY-MM-DD) or a full ISO 8601 timestamp, turned into a Date. */
export const DateInput = z
  .string()
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value)), "must be a date like 2025-10-30")
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
