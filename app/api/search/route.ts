import { apiRoute } from "@/lib/http/api-route";
import { searchClaims, SearchClaimsQuery, SearchResponse } from "@/lib/search/search-claims";

export const GET = apiRoute({ permission: "search.read", query: SearchClaimsQuery, response: SearchResponse }, async ({ actor, query }) => searchClaims(actor, query));
