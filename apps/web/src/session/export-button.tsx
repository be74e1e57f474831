import { useSessionExport } from '../api/session-review.queries.ts';
import { DownloadButton } from '../components/download-button.tsx';

/** Downloads the session as a PDF; the server decides what the signed-in user's copy contains. */
export function ExportButton({ sessionId, date }: { sessionId: string; date: string }) {
  return (
    <DownloadButton
      download={useSessionExport(sessionId)}
      filename={`session-${date}.pdf`}
      label="Export PDF"
      busyLabel="Preparing PDF…"
    />
  );
}
