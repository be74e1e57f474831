import { useState } from 'react';
import { useCreateNote, useSaveNote, useSessionNote, useSignNote } from '../api/notes.queries.ts';
import { ErrorState, Loading } from '../components/states.tsx';
import { NoteEditor } from './note-editor.tsx';
import { noteSections, type NoteFormat } from './note-formats.ts';

/** Loads the session's note; offers to start one in a chosen format when none was drafted. */
export function SessionNote({ sessionId }: { sessionId: string }) {
  const note = useSessionNote(sessionId);
  const create = useCreateNote(sessionId);
  const save = useSaveNote(sessionId);
  const sign = useSignNote(sessionId);
  const [format, setFormat] = useState<NoteFormat>('SOAP');

  if (note.isPending) return <Loading label="Loading the clinical note…" />;
  if (note.isError) return <ErrorState error={note.error} onRetry={() => void note.refetch()} />;
  const error = create.error ?? save.error ?? sign.error;

  if (!note.data)
    return (
      <section className="card" aria-labelledby="note-start-heading">
        <h2 id="note-start-heading">Clinical note</h2>
        <p className="muted">No note drafted for this session yet.</p>
        <div className="row">
          <label htmlFor="note-format" className="visually-hidden">
            Note format
          </label>
          <select
            id="note-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as NoteFormat)}
            style={{ width: 'auto' }}
          >
            {(Object.keys(noteSections) as NoteFormat[]).map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
          <button
            type="button"
            className="primary"
            disabled={create.isPending}
            onClick={() =>
              create.mutate({ format, body: Object.fromEntries(noteSections[format].map((s) => [s.key, ''])) })
            }
          >
            Start a {format} note
          </button>
        </div>
        {error && <ErrorState error={error} />}
      </section>
    );

  const current = note.data;
  return (
    <>
      <NoteEditor
        note={current}
        saving={save.isPending || sign.isPending}
        onSave={(body) => save.mutate({ noteId: current.id, body })}
        onSign={() => sign.mutate(current.id)}
      />
      {error && <ErrorState error={error} />}
    </>
  );
}
