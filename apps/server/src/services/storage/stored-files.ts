import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** Where recordings (filesDir/<practice>/<sha256>.<ext>) and transcription checkpoints (workDir/<session>) live. */
export interface StorageDirs {
  filesDir: string;
  workDir: string;
}

/**
 * Deletes recordings and transcription checkpoints from disk once the rows that needed them are gone, so no audio
 * (stored or decoded) outlives its session. Every path that deletes sessions or recordings goes through here.
 */
export class StoredFiles {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dirs: StorageDirs,
  ) {}

  /**
   * Deletes the practice's recordings among `paths` that no live file row points at any more. Storage is
   * content-addressed per practice, so the same recording uploaded for two sessions is one file on disk: call this
   * after deleting (or marking deleted) the rows that let go of the files.
   */
  async removeUnreferenced(practiceId: string, paths: readonly string[]): Promise<void> {
    if (paths.length === 0) return;
    const live = await this.db
      .selectFrom('media_files')
      .select('storage_path')
      .where('practice_id', '=', practiceId)
      .where('storage_path', 'in', paths)
      .where('deleted_at', 'is', null)
      .execute();
    const inUse = new Set(live.map((r) => r.storage_path));
    for (const file of new Set(paths)) {
      if (!inUse.has(file)) await rm(path.resolve(this.dirs.filesDir, file), { force: true });
    }
  }

  /** Deletes sessions' transcription checkpoints: decoded audio and partial transcripts. */
  async removeCheckpoints(sessionIds: Iterable<string>): Promise<void> {
    for (const id of new Set(sessionIds)) {
      await rm(path.join(this.dirs.workDir, id), { recursive: true, force: true });
    }
  }

  /**
   * Deletes practices (ON DELETE CASCADE removes their users, clients, sessions and content), then their
   * recordings and checkpoints. Returns how many practices were deleted.
   */
  async deletePractices(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    // Every part of a WITH sees the snapshot from before the delete, so the outer select still lists the
    // sessions the cascade removes.
    const rows = await this.db
      .with('gone', (db) => db.deleteFrom('practices').where('id', 'in', ids).returning('id'))
      .selectFrom('gone')
      .leftJoin('sessions', 'sessions.practice_id', 'gone.id')
      .select(['gone.id as practiceId', 'sessions.id as sessionId'])
      .execute();
    const practices = new Set(rows.map((r) => r.practiceId));
    for (const id of practices) await rm(path.join(this.dirs.filesDir, id), { recursive: true, force: true });
    await this.removeCheckpoints(rows.flatMap((r) => (r.sessionId ? [r.sessionId] : [])));
    return practices.size;
  }
}
