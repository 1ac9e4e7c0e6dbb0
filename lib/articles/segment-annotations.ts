export interface AnnotationSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextSegment {
  start: number;
  end: number;
  claimIds: string[];
  flagIds: string[];
}

/**
 * Cuts the text at every claim and flag boundary, so overlapping annotations render as flat runs, each
 * knowing which claims and flags cover it. Orphaned or out-of-range spans are skipped.
 */
export function segmentAnnotations(textLength: number, claims: AnnotationSpan[], flags: AnnotationSpan[]): TextSegment[] {
  const valid = (s: AnnotationSpan) => s.start >= 0 && s.end <= textLength && s.end > s.start;
  const cs = claims.filter(valid);
  const fs = flags.filter(valid);
  const cuts = new Set<number>([0, textLength]);
  for (const s of [...cs, ...fs]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      claimIds: cs.filter((c) => c.start <= start && c.end >= end).map((c) => c.id),
      flagIds: fs.filter((f) => f.start <= start && f.end >= end).map((f) => f.id),
    });
  }
  return segments;
}
