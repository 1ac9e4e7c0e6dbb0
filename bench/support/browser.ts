import type { ResultRow } from "./result-row";
export async function measurePages(_options: { appUrl: string; cookie: string; longArticleId: string }): Promise<ResultRow[]> {
  return [];
}
