import { useEffect, useState } from 'react';
import { noteSections, type NoteFormat } from './note-formats.ts';

export interface NoteVersionView {
  version: number;
  createdAt: string;
  editedBy: string | null;
}
export interface NoteView {
  format: NoteFormat;
  sections: Record<string, string>;
  currentVersion: number;
  signedAt: string | null;
  versions: NoteVersionView[];
}

interface Props {
  note: NoteView;
  saving: boolean;
  onSave: (sections: Record<string, string>) => void;
  onSign: () => void;
}

/** Edit the clinical note section by section; every save is a new version, signing locks it. */
export function NoteEditor({ note, saving, onSave, onSign }: Props) {
  const [draft, setDraft] = useState(note.sections);
  useEffect(() => setDraft(note.sections), [note.sections, note.currentVersion]);
  const locked = note.signedAt !== null;
  const dirty = noteSections[note.format].some((s) => (draft[s.key] ?? '') !== (note.sections[s.key] ?? ''));

  return (
    <section className="card note-editor" aria-labelledby="note-heading">
      <div className="row">
        <h2 id="note-heading">Clinical note ({note.format})</h2>
        {locked ? (
          <span className="badge ok">Signed {new Date(note.signedAt ?? '').toLocaleString()}</span>
        ) : (
          <span className="badge">Draft · version {note.currentVersion}</span>
        )}
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(draft);
        }}
      >
        {noteSections[note.format].map((s) => (
          <div className="field" key={s.key}>
            <label htmlFor={`note-${s.key}`}>{s.label}</label>
            <textarea
              id={`note-${s.key}`}
              rows={4}
              value={draft[s.key] ?? ''}
              readOnly={locked}
              onChange={(e) => setDraft({ ...draft, [s.key]: e.target.value })}
            />
          </div>
        ))}
        {!locked && (
          <div className="row">
            <button type="submit" disabled={!dirty || saving}>
              {saving ? 'Saving…' : 'Save new version'}
            </button>
            <button type="button" className="primary" disabled={dirty || saving} onClick={onSign}>
              Sign note
            </button>
            {dirty && <span className="muted small">Save your changes before signing.</span>}
          </div>
        )}
      </form>
      {note.versions.length > 0 && (
        <details className="versions">
          <summary>Version history ({note.versions.length})</summary>
          <ol>
            {note.versions.map((v) => (
              <li key={v.version}>
                Version {v.version} · {new Date(v.createdAt).toLocaleString()} ·{' '}
                {v.editedBy ? `edited by ${v.editedBy}` : 'generated draft'}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
