import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoArticleId, signInApi } from "./helpers";

interface ArticleJson {
  article: { claims: { id: string; status: string }[]; flags: { id: string }[]; versions: unknown[] };
}
interface ClaimJson {
  claim: { id: string; revision: number; evidence: unknown[]; verdicts: { id: string }[]; comments: unknown[]; history: unknown[] };
}

async function snapshot(request: APIRequestContext, articleId: string, claimId: string) {
  const a = (await (await request.get(`/api/articles/${articleId}`)).json()) as ArticleJson;
  const c = (await (await request.get(`/api/claims/${claimId}`)).json()) as ClaimJson;
  const list = (await (await request.get(`/api/articles`)).json()) as { articles: unknown[] };
  return {
    articles: list.articles.length,
    claims: a.article.claims.length,
    flags: a.article.flags.length,
    evidence: c.claim.evidence.length,
    verdicts: c.claim.verdicts.length,
    comments: c.claim.comments.length,
    history: c.claim.history.length,
    revision: c.claim.revision,
  };
}

test("bad input to every route gets a 400 naming the field, and changes nothing", async ({ request }) => {
  await signInApi(request, "editor");
  const articleId = await demoArticleId(request);
  const { article } = (await (await request.get(`/api/articles/${articleId}`)).json()) as ArticleJson;
  // A claim still open to verdicts, so each request fails on its bad field and nothing else.
  const claimId = article.claims.find((c) => c.status === "new")!.id;
  const flagId = article.flags[0]!.id;
  const verdictId = "any-verdict";
  const before = await snapshot(request, articleId, claimId);

  const cases: { name: string; send: () => Promise<import("@playwright/test").APIResponse>; field: string }[] = [
    { name: "import without title", send: () => request.post("/api/articles", { data: { text: "Some text." } }), field: "title" },
    { name: "import with a javascript: URL", send: () => request.post("/api/articles", { data: { title: "T", text: "Some text.", url: "javascript:alert(1)" } }), field: "url" },
    { name: "import with an impossible date", send: () => request.post("/api/articles", { data: { title: "T", text: "Some text.", publishedAt: "2025-13-45" } }), field: "publishedAt" },
    { name: "import of empty text", send: () => request.post("/api/articles", { data: { title: "T", text: "   " } }), field: "text" },
    { name: "claim with end before start", send: () => request.post(`/api/articles/${articleId}/claims`, { data: { start: 50, end: 10 } }), field: "end" },
    { name: "claim past the end of the text", send: () => request.post(`/api/articles/${articleId}/claims`, { data: { start: 10, end: 10_000_000 } }), field: "end" },
    { name: "flag of an unknown kind", send: () => request.post(`/api/articles/${articleId}/flags`, { data: { kind: "gossip", severity: "low", note: "Something", claimId } }), field: "kind" },
    { name: "status that does not exist", send: () => request.patch(`/api/claims/${claimId}`, { data: { status: "done", revision: before.revision } }), field: "status" },
    { name: "status without revision", send: () => request.patch(`/api/claims/${claimId}`, { data: { status: "in_review" } }), field: "revision" },
    { name: "evidence with a file: URL", send: () => request.post(`/api/claims/${claimId}/evidence`, { data: { url: "file:///etc/passwd", title: "x", stance: "supports" } }), field: "url" },
    { name: "evidence without stance", send: () => request.post(`/api/claims/${claimId}/evidence`, { data: { url: "https://example.org", title: "x" } }), field: "stance" },
    { name: "verdict with confidence 150", send: () => request.post(`/api/claims/${claimId}/verdicts`, { data: { ratingId: "r", rationale: "Long enough rationale", confidence: 150 } }), field: "confidence" },
    { name: "verdict with a rating not on the scale", send: () => request.post(`/api/claims/${claimId}/verdicts`, { data: { ratingId: "nope", rationale: "Long enough rationale", confidence: 50 } }), field: "ratingId" },
    { name: "empty comment", send: () => request.post(`/api/claims/${claimId}/comments`, { data: { body: "  " } }), field: "body" },
    { name: "approval without claim revision", send: () => request.post(`/api/verdicts/${verdictId}/approve`, { data: {} }), field: "claimRevision" },
    { name: "flag resolution with unknown status", send: () => request.patch(`/api/flags/${flagId}`, { data: { status: "maybe" } }), field: "status" },
    { name: "flag dismissal without reason", send: () => request.patch(`/api/flags/${flagId}`, { data: { status: "dismissed" } }), field: "reason" },
    { name: "report in an unknown format", send: () => request.get(`/api/articles/${articleId}/report?format=pdf`), field: "format" },
    { name: "body that is not JSON", send: () => request.post(`/api/claims/${claimId}/comments`, { headers: { "Content-Type": "application/json" }, data: Buffer.from("{not json") }), field: "body" },
  ];
  for (const c of cases) {
    const response = await c.send();
    expect(response.status(), c.name).toBe(400);
    const body = (await response.json()) as { error: { field?: string; message: string } };
    expect(body.error.field, c.name).toBe(c.field);
    expect(body.error.message, c.name).toContain(c.field);
  }
  expect(await snapshot(request, articleId, claimId)).toEqual(before);
});

test("unknown ids get 404, not 500", async ({ request }) => {
  await signInApi(request, "editor");
  expect((await request.get("/api/claims/does-not-exist")).status()).toBe(404);
  expect((await request.get("/api/articles/does-not-exist/report?format=md")).status()).toBe(404);
  expect((await request.post("/api/claims/does-not-exist/comments", { data: { body: "hi" } })).status()).toBe(404);
  // Pages too: an unknown article is Next's 404 page.
  expect((await request.get("/articles/does-not-exist")).status()).toBe(404);
  expect((await request.get("/articles/does-not-exist/versions")).status()).toBe(404);
});
