import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan, can } from "../auth/permissions";
import { sqlRows } from "../db/client";
import { ForbiddenError } from "../errors";
import { canReadUnpublished } from "../verdicts/verdict-visibility";
import { searchClaimsSql, toSearchPage, type SearchRow } from "./search-claims-sql";
import type { SearchClaimsQuery, SearchHit } from "./search-claims.types";
export { SearchClaimsQuery, SearchResponse } from "./search-claims.types";
export { parseHighlight } from "./search-claims-sql";

/**
 * Full-text search of claims: their text, article title and quoted passage for everyone; for the desk also
 * every verdict, the evidence and the comments; for viewers only what is published (the final verdict and
 * the evidence of published claims). Each audience matches only its own tsvector columns (kept by triggers,
 * migration claim_search_triggers), so a hit never rests on text its reader may not see — and a reviewer
 * blind to a claim in second review does not match on its verdicts. Ranked with ts_rank (or newest first),
 * keyset-paginated, with the matches marked by ts_headline.
 */
export async function searchClaims(actor: Actor, query: SearchClaimsQuery): Promise<{ results: SearchHit[]; nextCursor: string | null }> {
  assertCan(actor, "search.read");
  const desk = canReadUnpublished(actor);
  if (query.assignee && !desk) throw new ForbiddenError(`Your role (${actor.role}) may not filter claims by assignee`);
  if (query.type === "comment" && !can(actor.role, "comment.read")) throw new ForbiddenError(`Your role (${actor.role}) may not search comments`);
  const { text, values } = searchClaimsSql(actor, query);
  return toSearchPage(await sqlRows<SearchRow>(text, values), query);
}
