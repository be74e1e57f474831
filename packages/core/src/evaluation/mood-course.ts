import { inMoodBand, moodBandNames, moodBands } from './labels.contract.ts';
import type { ScoreMiss, ScoreRow, ScoredSession } from './scorecard.ts';

const rank = (s: ScoredSession): number => moodBandNames.indexOf(s.labels.mood ?? 'mid');

/** The share of one band's sessions whose score is on the right side of its anchor (crisis ≤ 3.5, thriving ≥ 7). */
function anchorRow(moods: ScoredSession[], band: 'crisis' | 'thriving'): ScoreRow {
  const inBand = moods.filter((s) => s.labels.mood === band);
  const [lo, hi] = moodBands[band];
  const hits = inBand.filter((s) => inMoodBand(s.analysis.mood.score, band)).length;
  const value = inBand.length ? hits / inBand.length : null;
  const target = band === 'crisis' ? `each ≤ ${hi}` : `each ≥ ${lo}`;
  return {
    measure: `${band} sessions scored ${band}`,
    n: inBand.length,
    value,
    target,
    met: value === null ? null : value === 1,
  };
}

/**
 * Does the score follow a client's course? Each client's sessions in time order (`order`, else name); for every
 * step where the labelled band changes, the score should move the same way.
 */
function courseRow(moods: ScoredSession[]): ScoreRow {
  const byClient = new Map<string, ScoredSession[]>();
  for (const s of moods) {
    if (!s.labels.client) continue;
    byClient.set(s.labels.client, [...(byClient.get(s.labels.client) ?? []), s]);
  }
  let steps = 0;
  let followed = 0;
  for (const sessions of byClient.values()) {
    sessions.sort(
      (a, b) => (a.labels.order ?? 0) - (b.labels.order ?? 0) || a.labels.name.localeCompare(b.labels.name),
    );
    sessions.slice(1).forEach((next, i) => {
      const prev = sessions[i]!;
      const labelled = Math.sign(rank(next) - rank(prev));
      if (labelled === 0) return;
      steps++;
      if (Math.sign(next.analysis.mood.score - prev.analysis.mood.score) === labelled) followed++;
    });
  }
  const value = steps ? followed / steps : null;
  return { measure: 'mood moves with the labelled course', n: steps, value, target: '', met: null };
}

/** Mood rows: in the labelled band, the two anchors of the target, and the course across a client's sessions. */
export function moodCourseRows(scored: ScoredSession[], misses: ScoreMiss[]): ScoreRow[] {
  const moods = scored.filter((s) => s.labels.mood);
  let hits = 0;
  for (const { labels, analysis } of moods) {
    if (!labels.mood) continue;
    if (inMoodBand(analysis.mood.score, labels.mood)) hits++;
    else
      misses.push({
        name: labels.name,
        measure: 'mood',
        expected: `${labels.mood} (${moodBands[labels.mood].join('–')})`,
        found: String(analysis.mood.score),
        quotes: [],
      });
  }
  return [
    {
      measure: 'mood in labelled band',
      n: moods.length,
      value: moods.length ? hits / moods.length : null,
      target: '',
      met: null,
    },
    anchorRow(moods, 'crisis'),
    anchorRow(moods, 'thriving'),
    courseRow(moods),
  ];
}
