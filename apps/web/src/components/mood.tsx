/** Emoji for a 0–10 mood score, following the ANALYSIS.md anchors. */
function moodEmoji(score: number): string {
  if (score <= 2) return '😞';
  if (score <= 4) return '😟';
  if (score <= 5.5) return '😐';
  if (score <= 7.5) return '😊';
  return '😄';
}

export function MoodBadge({ score }: { score: number | null | undefined }) {
  if (score === null || score === undefined) return <span className="muted">No mood yet</span>;
  return (
    <span className="mood-badge" aria-label={`Mood ${score} out of 10`}>
      <span aria-hidden="true">{moodEmoji(score)}</span> <strong>{score}</strong>
      <span className="muted">/10</span>
    </span>
  );
}
