/**
 * The app's public address (NEXTAUTH_URL, else http://localhost:$PORT), the base of every URL a report
 * gives out: the stable page of each published verdict (ClaimReview's `url`), share links, annotation ids.
 */
export function publicBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.NEXTAUTH_URL?.trim();
  return (configured || `http://localhost:${env.PORT || 3000}`).replace(/\/+$/, "");
}

/** The stable public page of one published verdict: it lives as long as the verdict stays published. */
export function verdictUrl(baseUrl: string, claimId: string): string {
  return `${baseUrl}/v/${encodeURIComponent(claimId)}`;
}

/** The public page of a share link. */
export function shareUrl(baseUrl: string, token: string): string {
  return `${baseUrl}/r/${encodeURIComponent(token)}`;
}
