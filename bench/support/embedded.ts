import type { ResultRow } from "./result-row";
import type { LoadResult } from "./load-test";
export async function benchEmbedded(_options: { port: number; postgres: Record<string, LoadResult>; log: (m: string) => void }): Promise<ResultRow[]> {
  return [];
}
