import { apiRoute } from "@/lib/http/api-route";
import { search, SearchQuery, SearchResponse } from "@/lib/search/search";

export const GET = apiRoute({ permission: "search.read", query: SearchQuery, response: SearchResponse }, async ({ actor, query }) => search(actor, query));
