export interface ScoreReasonView {
  code: string;
  label: string;
  weight: number;
}

/** How check-worthy the analysis found a claim: a bar, then each reason with the way and amount it pushed. */
export function ScoreMeter({ score, reasons, proposed }: { score: number; reasons: ScoreReasonView[]; proposed: boolean }) {
  const percent = Math.round(score * 100);
  const level = percent >= 70 ? "high" : percent >= 40 ? "medium" : "low";
  const sorted = [...reasons].sort((a, b) => b.weight - a.weight);
  const strongest = Math.max(0.01, ...reasons.map((r) => Math.abs(r.weight)));
  return (
    <div className="score" data-testid="claim-score">
      <div className="score-head">
        <span className="small">Check-worthiness</span>
        {proposed && <span className="small muted">· proposed by analysis</span>}
        <span className="spacer" />
        <strong className={`score-value score-${level}`}>{percent}%</strong>
      </div>
      <div className="score-bar" role="meter" aria-label="Check-worthiness" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <span className={`score-fill score-${level}`} style={{ width: `${percent}%` }} />
      </div>
      {sorted.length > 0 && (
        <ul className="score-reasons" aria-label="Why">
          {sorted.map((r, i) => (
            <li key={i} className={r.weight < 0 ? "neg" : "pos"} title={`${r.code}: ${r.weight > 0 ? "+" : ""}${r.weight.toFixed(2)}`}>
              <span className="score-sign" aria-label={r.weight < 0 ? "lowers the score" : "raises the score"}>
                {r.weight < 0 ? "−" : "+"}
              </span>
              <span className="score-label">{r.label}</span>
              <span className="score-weight" aria-hidden>
                <span style={{ width: `${Math.round((Math.abs(r.weight) / strongest) * 100)}%` }} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
