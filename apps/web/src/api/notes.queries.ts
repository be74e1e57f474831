import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { NoteView } from '../session/note-editor.tsx';
import type { NoteFormat } from '../session/note-formats.ts';
import { api, type ApiError, unwrap } from './http.ts';
import { keys } from './query-keys.ts';

type NoteDto = Awaited<ReturnType<typeof fetchNotes>>[number];

async function fetchNotes(sessionId: string) {
  return unwrap(await api.GET('/api/sessions/{id}/notes', { params: { path: { id: sessionId } } }));
}

export interface SessionNoteView extends NoteView {
  id: string;
}

function toView(n: NoteDto): SessionNoteView {
  return {
    id: n.id,
    format: n.format,
    sections: n.body ?? {},
    currentVersion: n.currentVersion,
    signedAt: n.signedAt,
    versions: (n.versions ?? []).map((v) => ({ version: v.version, createdAt: v.createdAt, editedBy: v.editedBy })),
  };
}

/** The session's clinical note (the newest one), or null when none has been drafted yet. */
export function useSessionNote(sessionId: string) {
  return useQuery({
    queryKey: keys.note(sessionId),
    queryFn: async () => {
      const notes = await fetchNotes(sessionId);
      const latest = notes.at(-1);
      return latest ? toView(latest) : null;
    },
  });
}

export function useCreateNote(sessionId: string) {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError, { format: NoteFormat; body: Record<string, string> }>({
    mutationFn: async (body) =>
      unwrap(await api.POST('/api/sessions/{id}/notes', { params: { path: { id: sessionId } }, body })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.note(sessionId) }),
  });
}

export function useSaveNote(sessionId: string) {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError, { noteId: string; body: Record<string, string> }>({
    mutationFn: async ({ noteId, body }) =>
      unwrap(await api.PUT('/api/notes/{id}', { params: { path: { id: noteId } }, body: { body } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.note(sessionId) }),
  });
}

export function useSignNote(sessionId: string) {
  const qc = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: async (noteId) => unwrap(await api.POST('/api/notes/{id}/sign', { params: { path: { id: noteId } } })),
    onSuccess: () => void qc.invalidateQueries({ queryKey: keys.note(sessionId) }),
  });
}
