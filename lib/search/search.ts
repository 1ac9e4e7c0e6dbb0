import "server-only";
import type { Actor } from "../auth/actor";
import { searchArticles } from "./search-articles";
import { searchClaims } from "./search-claims";
import type { SearchClaimsQuery, SearchResponse } from "./search-claims.types";
export { SearchClaimsQuery as SearchQuery, SearchResponse } from "./search-claims.types";

/** GET /api/search and the Search page: articles for type=article, claims (matched where the type says) otherwise. */
export async function search(actor: Actor, query: SearchClaimsQuery): Promise<SearchResponse> {
  return query.type === "article" ? searchArticles(actor, query) : searchClaims(actor, query);
}
