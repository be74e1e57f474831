import type { SessionDetailView } from '../api/view-models.ts';

/** Saves what the page loaded from the API (session, transcript, analyses) as one JSON file. */
export function downloadSessionExport(s: SessionDetailView): void {
  const { id, clientName, date, status, sourceKind, segments, speakers, analysis, deepAnalysis, narrative } = s;
  const json = JSON.stringify(
    { id, clientName, date, status, sourceKind, speakers, segments, analysis, deepAnalysis, narrative },
    null,
    2,
  );
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `session-${date}-${clientName.replace(/\W+/g, '-').toLowerCase() || id}.json`;
  a.click();
  URL.revokeObjectURL(url);
}
