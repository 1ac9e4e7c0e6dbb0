import type { z } from "zod";
import { apiRoute } from "@/lib/http/api-route";
import { ImportArticleResponse } from "@/lib/articles/import-article.types";
import { listArticles, ListArticlesQuery } from "@/lib/articles/list-articles";
import { importArticle, ImportArticleInput } from "@/lib/articles/import-article";

export const GET = apiRoute({ permission: "article.read", query: ListArticlesQuery }, async ({ query }) => listArticles(query));

export const POST = apiRoute({ permission: "article.import", body: ImportArticleInput }, async ({ actor, body }) => {
  const result = await importArticle(actor, body);
  return Response.json(result satisfies z.input<typeof ImportArticleResponse>, { status: result.outcome === "duplicate" ? 200 : 201 });
});
