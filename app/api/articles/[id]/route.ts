import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { getArticleWorkspace } from "@/lib/articles/get-article-workspace";

export const GET = apiRoute({ permission: "article.read", params: IdParams }, async ({ actor, params }) => ({
  article: await getArticleWorkspace(actor, params.id),
}));
