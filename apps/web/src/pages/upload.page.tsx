import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useClients, useCreateClient } from '../api/clients.queries.ts';
import { useSession, useUploadSession } from '../api/sessions.queries.ts';
import { PipelineStage } from '../components/pipeline-stage.tsx';
import { ErrorState } from '../components/states.tsx';
import { DropZone } from '../upload/drop-zone.tsx';
import { isAudioFile } from '../upload/is-audio.ts';
import { Recorder } from '../upload/recorder.tsx';
import { clearSavedRecording, loadSavedRecording, type SavedRecording } from '../upload/recording-store.ts';

const today = (): string => new Date().toISOString().slice(0, 10);

/** Upload a file or record a session; then follow the pipeline live until the analysis is ready. */
export function UploadPage() {
  const [params] = useSearchParams();
  const clients = useClients();
  const createClient = useCreateClient();
  const upload = useUploadSession();
  const [clientId, setClientId] = useState(params.get('client') ?? '');
  const [newName, setNewName] = useState('');
  const [date, setDate] = useState(today());
  const [progress, setProgress] = useState<number | null>(null);
  const [sessionId, setSessionId] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedRecording | null>(null);
  const session = useSession(sessionId ?? '', { enabled: sessionId !== null });

  useEffect(() => {
    loadSavedRecording().then(setSaved, () => setSaved(null));
  }, []);

  const send = (file: File, forClient = clientId, onDone?: () => void) => {
    setProgress(0);
    upload.mutate(
      {
        clientId: forClient,
        date,
        file,
        kind: isAudioFile(file) ? 'audio' : 'transcript',
        consent: true,
        onProgress: setProgress,
      },
      {
        onSuccess: (created) => {
          setSessionId(created.id);
          onDone?.();
        },
      },
    );
  };

  return (
    <main className="page" id="main">
      <h1>Upload a session</h1>
      <div className="two-col">
        <div className="stack">
          <section className="card" aria-labelledby="details-heading">
            <h2 id="details-heading">Session details</h2>
            <div className="field">
              <label htmlFor="client-select">Client</label>
              <select id="client-select" value={clientId} onChange={(e) => setClientId(e.target.value)}>
                <option value="">Choose a client…</option>
                {(clients.data ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <form
              className="field row"
              onSubmit={(e) => {
                e.preventDefault();
                createClient.mutate(newName, {
                  onSuccess: (c) => {
                    setClientId(c.id);
                    setNewName('');
                  },
                });
              }}
            >
              <div className="grow">
                <label htmlFor="new-client">Or add a new client</label>
                <input
                  id="new-client"
                  value={newName}
                  onChange={(e) => setNewName(e.target.value)}
                  placeholder="Client name"
                />
              </div>
              <button type="submit" disabled={!newName.trim() || createClient.isPending}>
                Add client
              </button>
            </form>
            {createClient.error && <ErrorState error={createClient.error} />}
            <div className="field">
              <label htmlFor="session-date">Session date</label>
              <input id="session-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
          </section>
          <section className="card" aria-labelledby="file-heading">
            <h2 id="file-heading">Upload a file</h2>
            <DropZone disabled={!clientId || upload.isPending} onFile={(f) => send(f)} />
            {!clientId && <p className="muted small">Choose a client first.</p>}
          </section>
          {saved && (
            <div className="alert info" role="status">
              <p>
                A recording from an earlier visit ({(saved.blob.size / 1024 / 1024).toFixed(1)} MB, {saved.date}) was
                not uploaded.
              </p>
              <div className="row">
                <button
                  type="button"
                  className="primary"
                  onClick={() => {
                    const file = new File([saved.blob], `recording-${saved.date}.webm`, { type: saved.mimeType });
                    setDate(saved.date);
                    send(file, saved.clientId, () => {
                      void clearSavedRecording();
                      setSaved(null);
                    });
                  }}
                >
                  Upload it now
                </button>
                <button type="button" onClick={() => void clearSavedRecording().then(() => setSaved(null))}>
                  Discard
                </button>
              </div>
            </div>
          )}
          <Recorder
            clientId={clientId}
            date={date}
            onFinished={(file) => send(file, clientId, () => void clearSavedRecording())}
          />
        </div>
        <section className="card" aria-labelledby="progress-heading" aria-live="polite">
          <h2 id="progress-heading">Progress</h2>
          {progress === null && <p className="muted">Nothing uploaded yet.</p>}
          {progress !== null && (
            <div className="field">
              <label htmlFor="upload-progress">Upload</label>
              <progress id="upload-progress" max={1} value={progress} />
            </div>
          )}
          {upload.error && <ErrorState error={upload.error} />}
          {session.data && (
            <div data-testid="upload-status">
              <PipelineStage status={session.data.status} error={session.data.error} sessionId={session.data.id} />
              {session.data.status === 'completed' || session.data.analysis.mood ? (
                <p>
                  {session.data.analysis.summary ?? 'Analysis ready.'}{' '}
                  <Link to={`/sessions/${session.data.id}`}>Open the session</Link>
                </p>
              ) : null}
              {session.data.segments.length > 0 && (
                <p className="muted small">Transcript: {session.data.segments.length} lines.</p>
              )}
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
