import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { recordAudit } from "../audit/record-audit";
import { createAnchor } from "../anchoring/create-anchor";
import { getDb } from "../db/client";
import { InvalidInputError, NotFoundError } from "../errors";
import { CreateFlagInput } from "./create-flag.types";
export { CreateFlagInput } from "./create-flag.types";

/** A person flags an error of the article, on a claim's span or on a selection. */
export async function createFlag(actor: Actor, articleId: string, input: z.output<typeof CreateFlagInput>) {
  assertCan(actor, "flag.create");
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, text: true } });
    if (!article) throw new NotFoundError("Article");
    let start = input.start ?? 0;
    let end = input.end ?? 0;
    if (input.claimId) {
      const claim = await tx.claim.findFirst({ where: { id: input.claimId, articleId } });
      if (!claim) throw new InvalidInputError("claimId", "claimId: no such claim in this article");
      start = claim.start;
      end = claim.end;
    }
    if (end <= start) throw new InvalidInputError("end", "end: must be after start");
    if (end > article.text.length) throw new InvalidInputError("end", "end: is past the end of the article");
    const anchor = createAnchor(article.text, start, end);
    const flag = await tx.flag.create({
      data: {
        articleId,
        claimId: input.claimId ?? null,
        kind: input.kind,
        severity: input.severity,
        explanation: input.note,
        createdById: actor.id,
        start: anchor.start,
        end: anchor.end,
        exact: anchor.exact,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        spans: [anchor as unknown as Record<string, unknown>] as object[],
      },
    });
    await recordAudit(tx, actor.id, { action: "flag.create", entityId: flag.id, after: flag });
    return flag;
  });
}
