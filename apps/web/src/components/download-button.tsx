import type { UseMutationResult } from '@tanstack/react-query';
import type { ApiError } from '../api/http.ts';
import { ErrorState } from './states.tsx';
import { saveFile } from './save-file.ts';

/** A button that downloads a file from the API and hands it to the browser's save dialog, with progress and errors. */
export function DownloadButton({
  download,
  filename,
  label,
  busyLabel,
}: {
  download: UseMutationResult<Blob, ApiError, void>;
  filename: string;
  label: string;
  busyLabel: string;
}) {
  return (
    <>
      <button
        type="button"
        disabled={download.isPending}
        onClick={() => download.mutate(undefined, { onSuccess: (file) => saveFile(file, filename) })}
      >
        {download.isPending ? busyLabel : label}
      </button>
      {download.error && <ErrorState error={download.error} />}
    </>
  );
}
