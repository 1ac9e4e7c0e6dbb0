import type { Metadata } from "next";
import { cache } from "react";
import { orNotFound } from "@/lib/http/or-not-found";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getActor } from "@/lib/auth/get-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { getArticleWorkspace } from "@/lib/articles/get-article-workspace";
import { toWorkspaceView } from "@/lib/articles/to-workspace-view";
import { listRatings } from "@/lib/ratings/list-ratings";
import { ArticleWorkspace } from "@/components/articles/article-workspace";

export const dynamic = "force-dynamic";

// generateMetadata and the page need the same workspace: read it once per request (getActor is cached per
// request too, so both pass the same actor).
const loadWorkspace = cache(getArticleWorkspace);

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about an article reaches a signed-out visitor, not even its title in the redirect's <title>.
  const actor = await getActor();
  if (!actor) return { title: "Article" };
  const workspace = await loadWorkspace(actor, (await params).id).catch(() => null);
  return { title: workspace?.title ?? "Article" };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const { id } = await params;
  const claim = (await searchParams).claim;
  const actor = await requirePageActor("article.read", `/articles/${id}`);
  const [workspace, ratings] = await Promise.all([orNotFound(loadWorkspace(actor, id)), listRatings()]);
  return (
    <ArticleWorkspace
      view={toWorkspaceView(workspace)}
      ratings={ratings}
      actor={{ id: actor.id, name: actor.name, role: actor.role }}
      permissions={permissionsOf(actor.role)}
      initialClaimId={typeof claim === "string" ? claim : null}
    />
  );
}
