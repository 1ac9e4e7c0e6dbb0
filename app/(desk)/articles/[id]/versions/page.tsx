import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { orNotFound } from "@/lib/http/or-not-found";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getActor } from "@/lib/auth/get-actor";
import { getArticleVersions } from "@/lib/articles/get-article-versions";
import { compareArticleVersions } from "@/lib/articles/compare-article-versions";
import { countOf } from "@/lib/format/count";
import { AttentionList } from "@/components/versions/attention-list";
import { ReanchorSteps } from "@/components/versions/reanchor-steps";
import { VersionComparison } from "@/components/versions/version-comparison";
import { VersionsCompareForm } from "@/components/versions/versions-compare-form";
import { VersionsList } from "@/components/versions/versions-list";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const VersionParam = z.coerce.number().int().min(1).optional().catch(undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Nothing about an article reaches a signed-out visitor, not even its title in the redirect's <title>.
  if (!(await getActor())) return { title: "Versions" };
  const { id } = await params;
  const data = await getArticleVersions(id).catch(() => null);
  return { title: data ? `Versions · ${data.article.title}` : "Versions" };
}

export default async function VersionsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  await requirePageActor("article.read", `/articles/${id}/versions`);
  const { article, versions, attention } = await orNotFound(getArticleVersions(id));
  const current = article.versionNumber;
  const pick = (raw: unknown, fallback: number) => {
    const n = VersionParam.parse(raw);
    return n !== undefined && versions.some((v) => v.number === n) ? n : fallback;
  };
  const to = pick(query.to, current);
  const from = pick(query.from, Math.max(1, to - 1));
  const full = query.full === "1";
  const comparison = versions.length > 1 && from !== to ? await compareArticleVersions(id, { from, to }) : null;
  // The re-anchoring steps between the two versions (a step happens as each later version comes in).
  const steps = versions.filter((v) => v.number > Math.min(from, to) && v.number <= Math.max(from, to)).sort((a, b) => a.number - b.number);
  const href = (f: number, t: number, wantFull = full) => `/articles/${encodeURIComponent(id)}/versions?from=${f}&to=${t}${wantFull ? "&full=1" : ""}`;
  const workspace = `/articles/${encodeURIComponent(id)}`;

  return (
    <>
      <div className="page-head">
        <div>
          <p className="small page-head-back">
            <Link href={workspace}>← Back to the article</Link>
          </p>
          <h1>Versions of “{article.title}”</h1>
          <p>
            {countOf(versions.length, { one: "version", other: "versions" })}; the current one is v{current}.
          </p>
        </div>
      </div>

      <div className="versions-layout">
        <section className="card" aria-label="Changes">
          <VersionsCompareForm
            action={`/articles/${id}/versions`}
            versions={versions}
            current={current}
            from={from}
            to={to}
            foldLink={comparison && { href: href(from, to, !full), label: full ? "Fold unchanged text" : "Show the whole text" }}
          />
          {versions.length === 1 ? (
            <div className="empty">This article has one version so far. Import a changed text as a new version to compare.</div>
          ) : comparison ? (
            <VersionComparison comparison={comparison} full={full} />
          ) : (
            <div className="empty">Pick two different versions to compare.</div>
          )}
        </section>

        <aside className="stack versions-aside">
          <VersionsList versions={versions} current={current} from={from} to={to} changesHref={(f, t) => href(f, t)} />
          <ReanchorSteps steps={steps} />
          <AttentionList attention={attention} workspace={workspace} />
        </aside>
      </div>
    </>
  );
}
