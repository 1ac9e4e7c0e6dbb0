/**
 * The claim a flag belongs to, among the claims a report holds (in text order): the one it was raised on,
 * else the first whose words contain it; null for none. The report model and the CSV export both ask here,
 * so a flag is listed under the same claim in every format.
 */
export function findFlagClaim(flag: { claimId: string | null; start: number; end: number }, claims: readonly { id: string; start: number; end: number }[], claimIds: ReadonlySet<string>): string | null {
  return (flag.claimId && claimIds.has(flag.claimId) ? flag.claimId : null) ?? claims.find((c) => flag.start >= c.start && flag.end <= c.end)?.id ?? null;
}
