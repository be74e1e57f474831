import { useClientExport } from '../api/clients.queries.ts';
import { DownloadButton } from '../components/download-button.tsx';

/**
 * The client's whole record: a printable PDF, or the complete JSON (the client's right of access). Files are named
 * by id like the server's, so a downloads folder does not list clients by name.
 */
export function ClientExportButtons({ clientId }: { clientId: string }) {
  return (
    <>
      <DownloadButton
        download={useClientExport(clientId, 'pdf')}
        filename={`client-${clientId}.pdf`}
        label="Export (PDF)"
        busyLabel="Preparing PDF…"
      />
      <DownloadButton
        download={useClientExport(clientId, 'json')}
        filename={`client-${clientId}.json`}
        label="Export (JSON)"
        busyLabel="Preparing JSON…"
      />
    </>
  );
}
