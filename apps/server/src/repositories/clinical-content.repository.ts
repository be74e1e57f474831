import type { Kysely } from 'kysely';
import type { AnalysisKind, Segment, Speaker } from '@insession/core';
import type { DB } from '../db/schema.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { openJson } from '../security/sealed-json.ts';

export interface StoredTranscript {
  id: string;
  engine: string;
  language: string | null;
  segments: Segment[];
  speakers: Speaker[];
  /** Uploaded text without times: they were estimated from word counts. */
  timesEstimated: boolean;
  createdAt: Date;
}

export interface StoredAnalysis {
  kind: string;
  schemaVersion: number;
  provider: string;
  model: string | null;
  payload: unknown;
  createdAt: Date;
}

// Transcripts and analyses: the only place their encrypted columns are sealed and opened.
export class ClinicalContentRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cipher: FieldCipher,
  ) {}

  async transcript(sessionId: string): Promise<StoredTranscript | undefined> {
    const row = await this.db
      .selectFrom('transcripts')
      .selectAll()
      .where('session_id', '=', sessionId)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      engine: row.engine,
      language: row.language,
      segments: openJson<Segment[]>(this.cipher, row.segments, row.key_id),
      speakers: openJson<Speaker[]>(this.cipher, row.speakers, row.key_id),
      timesEstimated: row.times_estimated,
      createdAt: row.created_at,
    };
  }

  async analyses(sessionId: string, kinds?: readonly (AnalysisKind | string)[]): Promise<StoredAnalysis[]> {
    let q = this.db.selectFrom('analyses').selectAll().where('session_id', '=', sessionId);
    if (kinds) q = kinds.length === 0 ? q.where('kind', '=', '') : q.where('kind', 'in', kinds);
    const rows = await q.orderBy('kind').execute();
    return rows.map((r) => ({
      kind: r.kind,
      schemaVersion: r.schema_version,
      provider: r.provider,
      model: r.model,
      payload: openJson(this.cipher, r.payload, r.key_id),
      createdAt: r.created_at,
    }));
  }

  /** Latest journey/bridge rollups of a client (client-facing). */
  async latestRollups(
    clientId: string,
  ): Promise<{ kind: string; version: number; payload: unknown; createdAt: Date }[]> {
    const rows = await this.db
      .selectFrom('client_rollups')
      .selectAll()
      .where('client_id', '=', clientId)
      .orderBy('version', 'desc')
      .execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows) if (!latest.has(r.kind)) latest.set(r.kind, r);
    return [...latest.values()].map((r) => ({
      kind: r.kind,
      version: r.version,
      payload: openJson(this.cipher, r.payload, r.key_id),
      createdAt: r.created_at,
    }));
  }
}
