import { z } from "zod";
import type { Actor } from "../auth/actor";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db/client";
import { createAnchor } from "../anchoring/create-anchor";
import { InvalidInputError, NotFoundError } from "../errors";
import { Id } from "../validation/common";

export const CreateClaimInput = z
  .object({
    start: z.number({ error: "is required" }).int().min(0),
    end: z.number({ error: "is required" }).int().min(1),
  })
  .refine((v) => v.end > v.start, { message: "must be after start", path: ["end"] });
export type CreateClaimInput = z.infer<typeof CreateClaimInput>;

/** A reviewer makes a claim of a selected span of the article's current text. */
export async function createClaim(actor: Actor, articleId: string, input: CreateClaimInput) {
  Id.parse(articleId);
  const db = getDb();
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
    if (!article) throw new NotFoundError("Article");
    if (input.end > article.text.length) throw new InvalidInputError("end", "end: is past the end of the article");
    // Trim the selection to its words so a sloppy drag still anchors cleanly.
    let { start, end } = input;
    while (start < end && /\s/.test(article.text[start] ?? "")) start++;
    while (end > start && /\s/.test(article.text[end - 1] ?? "")) end--;
    if (end - start < 3) throw new InvalidInputError("start", "start: select at least a few words of the article");
    if (end - start > 2000) throw new InvalidInputError("end", "end: a claim is at most 2,000 characters; select less");
    const anchor = createAnchor(article.text, start, end);
    const claim = await tx.claim.create({
      data: {
        articleId,
        text: anchor.exact,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        origin: "reviewer",
        status: "new",
      },
    });
    await recordAudit(tx, { actorId: actor.id, action: "claim.create", entityType: "claim", entityId: claim.id, after: claim });
    return claim;
  });
}
