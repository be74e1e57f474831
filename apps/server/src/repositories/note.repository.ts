import type { Kysely, Selectable } from 'kysely';
import type { NoteFormat } from '../db/enums.ts';
import type { DB } from '../db/schema.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { openJson, sealJson } from '../security/sealed-json.ts';

export type NoteRow = Selectable<DB['clinical_notes']>;
export type NoteBody = Record<string, string>;

export interface NoteVersion {
  version: number;
  body: NoteBody;
  editedBy: string | null;
  createdAt: Date;
}

// Clinical notes keep every version; the note row points at the current one and locks when signed.
export class NoteRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cipher: FieldCipher,
  ) {}

  listForSession(sessionId: string): Promise<NoteRow[]> {
    return this.db
      .selectFrom('clinical_notes')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('created_at')
      .execute();
  }

  findInPractice(practiceId: string, id: string): Promise<NoteRow | undefined> {
    return this.db
      .selectFrom('clinical_notes')
      .selectAll()
      .where('id', '=', id)
      .where('practice_id', '=', practiceId)
      .executeTakeFirst();
  }

  async versions(noteId: string): Promise<NoteVersion[]> {
    const rows = await this.db
      .selectFrom('clinical_note_versions')
      .selectAll()
      .where('note_id', '=', noteId)
      .orderBy('version')
      .execute();
    return rows.map((r) => ({
      version: r.version,
      body: openJson<NoteBody>(this.cipher, r.body, r.key_id),
      editedBy: r.edited_by,
      createdAt: r.created_at,
    }));
  }

  async create(input: {
    practiceId: string;
    sessionId: string;
    clientId: string;
    format: NoteFormat;
    body: NoteBody;
    editedBy: string;
  }): Promise<NoteRow> {
    return this.db.transaction().execute(async (trx) => {
      const note = await trx
        .insertInto('clinical_notes')
        .values({
          practice_id: input.practiceId,
          session_id: input.sessionId,
          client_id: input.clientId,
          format: input.format,
          current_version: 1,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const sealed = sealJson(this.cipher, input.body);
      await trx
        .insertInto('clinical_note_versions')
        .values({ note_id: note.id, version: 1, body: sealed.value, key_id: sealed.keyId, edited_by: input.editedBy })
        .execute();
      return note;
    });
  }

  /** Appends a version; returns undefined when the note is signed (signing locks it). */
  async edit(noteId: string, body: NoteBody, editedBy: string): Promise<NoteRow | undefined> {
    return this.db.transaction().execute(async (trx) => {
      const note = await trx
        .updateTable('clinical_notes')
        .set((eb) => ({ current_version: eb('current_version', '+', 1) }))
        .where('id', '=', noteId)
        .where('signed_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      if (!note) return undefined;
      const sealed = sealJson(this.cipher, body);
      await trx
        .insertInto('clinical_note_versions')
        .values({
          note_id: noteId,
          version: note.current_version,
          body: sealed.value,
          key_id: sealed.keyId,
          edited_by: editedBy,
        })
        .execute();
      return note;
    });
  }

  sign(noteId: string, userId: string): Promise<NoteRow | undefined> {
    return this.db
      .updateTable('clinical_notes')
      .set({ signed_at: new Date(), signed_by: userId })
      .where('id', '=', noteId)
      .where('signed_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  }

  setShared(noteId: string, shared: boolean): Promise<NoteRow> {
    return this.db
      .updateTable('clinical_notes')
      .set({ shared_with_client_at: shared ? new Date() : null })
      .where('id', '=', noteId)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}
