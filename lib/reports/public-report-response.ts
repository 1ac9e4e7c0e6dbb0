import type { LoadedReport } from "./build-article-reports";
import { renderReportHtml } from "./render-report-html";
import { toClaimReviews } from "./to-claim-review";

const PUBLIC_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  // Revoking a link must take effect at once: nothing is cached on the way.
  "Cache-Control": "no-store",
  // The token is in the address: a click on an evidence link must not send it on.
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
};

/** The public HTML of a published report (share links, verdict pages), or a plain 404 that says nothing more. */
export function publicReportResponse(loaded: LoadedReport | null, { index }: { index: boolean }): Response {
  if (!loaded) {
    return new Response("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1><p>This report does not exist or is no longer shared.</p></body></html>", {
      status: 404,
      headers: { ...PUBLIC_HEADERS, "X-Robots-Tag": "noindex" },
    });
  }
  return new Response(renderReportHtml(loaded.report, toClaimReviews(loaded.report, loaded.bounds)), { headers: { ...PUBLIC_HEADERS, ...(index ? {} : { "X-Robots-Tag": "noindex" }) } });
}
