/** One line of the load benchmark's table (and of bench/results.json). */
export interface ResultRow {
  figure: string;
  factdesk: string;
  baseline: string;
  ratio: number | null;
  target: string;
  ok: boolean | null;
  /** Raw numbers behind the row. */
  data?: Record<string, unknown>;
}
