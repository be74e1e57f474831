import { useEffect, useRef, useState } from 'react';
import { formatTime } from '../session/analysis-types.ts';
import { saveChunk } from './recording-store.ts';
import { useLevelMeter } from './use-level-meter.ts';

type State = 'idle' | 'recording' | 'paused';

interface Props {
  clientId: string;
  date: string;
  /** Called with the finished recording; the parent uploads it. */
  onFinished: (file: File) => void;
}

/** In-browser recording: consent first, then a level meter, timer, pause/resume; chunks are saved as they come. */
export function Recorder({ clientId, date, onFinished }: Props) {
  const [consent, setConsent] = useState(false);
  const [state, setState] = useState<State>('idle');
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const chunks = useRef<Blob[]>([]);
  const level = useLevelMeter(stream);

  useEffect(() => {
    if (state !== 'recording') return;
    const t = setInterval(() => setElapsed((e) => e + 1), 1000);
    return () => clearInterval(t);
  }, [state]);

  const start = async () => {
    setError(null);
    try {
      const media = await navigator.mediaDevices.getUserMedia({ audio: true });
      const rec = new MediaRecorder(media);
      chunks.current = [];
      rec.ondataavailable = (e) => {
        if (e.data.size === 0) return;
        chunks.current.push(e.data);
        void saveChunk({ clientId, date, mimeType: rec.mimeType }, e.data);
      };
      rec.onstop = () => {
        media.getTracks().forEach((t) => t.stop());
        setStream(null);
        const ext = rec.mimeType.includes('ogg') ? 'ogg' : 'webm';
        onFinished(new File(chunks.current, `recording-${date}.${ext}`, { type: rec.mimeType }));
      };
      rec.start(5000); // a chunk every 5 s, so at most 5 s is lost on a crash
      recorder.current = rec;
      setStream(media);
      setElapsed(0);
      setState('recording');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The microphone could not be opened.');
    }
  };

  return (
    <section className="card" aria-labelledby="record-heading">
      <h2 id="record-heading">Record in the browser</h2>
      <div className="field row">
        <input
          id="consent"
          type="checkbox"
          style={{ width: 'auto' }}
          checked={consent}
          disabled={state !== 'idle'}
          onChange={(e) => setConsent(e.target.checked)}
        />
        <label htmlFor="consent" style={{ margin: 0, fontWeight: 400 }}>
          The client has consented to this session being recorded.
        </label>
      </div>
      {state !== 'idle' && (
        <div className="row" aria-live="off">
          <span className="timer" role="timer" aria-label="Recording time">
            {state === 'paused' ? 'Paused ' : '● '}
            {formatTime(elapsed)}
          </span>
          <meter className="level" min={0} max={1} value={level} aria-label="Microphone level" />
        </div>
      )}
      <div className="row">
        {state === 'idle' && (
          <button type="button" className="primary" disabled={!consent || !clientId} onClick={() => void start()}>
            Start recording
          </button>
        )}
        {state === 'recording' && (
          <button
            type="button"
            onClick={() => {
              recorder.current?.pause();
              setState('paused');
            }}
          >
            Pause
          </button>
        )}
        {state === 'paused' && (
          <button
            type="button"
            onClick={() => {
              recorder.current?.resume();
              setState('recording');
            }}
          >
            Resume
          </button>
        )}
        {state !== 'idle' && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              recorder.current?.stop();
              setState('idle');
            }}
          >
            Stop and upload
          </button>
        )}
      </div>
      {!clientId && <p className="muted small">Choose a client first.</p>}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
