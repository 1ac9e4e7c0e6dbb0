// The contract of add-evidence: its input, parsed on the server and typed on the client (client-safe: no database).
import { z } from "zod";
import { JsonDate } from "../validation/json";
import { HttpUrl, optionalDate, optionalText } from "../validation/common";

export const EVIDENCE_STANCES = ["supports", "refutes", "context"] as const;

export const AddEvidenceInput = z.object({
  url: HttpUrl,
  title: z.string({ error: "is required" }).trim().min(1, "is required").max(300, "must be at most 300 characters"),
  publisher: optionalText(200),
  publishedAt: optionalDate,
  excerpt: optionalText(5000),
  stance: z.enum(EVIDENCE_STANCES, { error: "choose whether the source supports or refutes the claim, or gives context" }),
  accessedAt: optionalDate,
  archivedText: optionalText(200_000),
});
export type AddEvidenceInput = z.input<typeof AddEvidenceInput>;

/** The evidence's own fields as stored, from an add or an edit (absent optional fields are stored as none). */
export function evidenceFields(input: Pick<z.output<typeof AddEvidenceInput>, "url" | "title" | "publisher" | "publishedAt" | "excerpt" | "stance">) {
  return { url: input.url, title: input.title, publisher: input.publisher ?? null, publishedAt: input.publishedAt ?? null, excerpt: input.excerpt ?? null, stance: input.stance };
}

export const EvidenceRow = z.object({
  id: z.string(),
  claimId: z.string(),
  url: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  publishedAt: JsonDate.nullable(),
  excerpt: z.string().nullable(),
  stance: z.enum(EVIDENCE_STANCES),
  accessedAt: JsonDate,
  createdAt: JsonDate,
});

export const AddEvidenceResponse = z.object({ evidence: EvidenceRow });
