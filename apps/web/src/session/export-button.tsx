import { useSessionExport } from '../api/session-review.queries.ts';
import { ErrorState } from '../components/states.tsx';
import { saveFile } from './session-export.ts';

/** Downloads the session as a PDF; the server decides what the signed-in user's copy contains. */
export function ExportButton({ sessionId, date }: { sessionId: string; date: string }) {
  const exportPdf = useSessionExport(sessionId);
  return (
    <>
      <button
        type="button"
        disabled={exportPdf.isPending}
        onClick={() => exportPdf.mutate(undefined, { onSuccess: (pdf) => saveFile(pdf, `session-${date}.pdf`) })}
      >
        {exportPdf.isPending ? 'Preparing PDF…' : 'Export PDF'}
      </button>
      {exportPdf.error && <ErrorState error={exportPdf.error} />}
    </>
  );
}
