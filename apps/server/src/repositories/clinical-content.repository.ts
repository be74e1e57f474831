import type { Kysely } from 'kysely';
import type { AnalysisKind, Segment, Speaker } from '@insession/core';
import type { Actor } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';
import { DecryptedFieldCache } from '../security/decrypted-field-cache.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { openJson } from '../security/sealed-json.ts';
import { sessionScope } from './actor-scope.ts';

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

/** An analysis with its payload as JSON text, for responses that embed it without parsing it. */
export type AnalysisJson = Omit<StoredAnalysis, 'payload'> & { payloadJson: string };

/** Plaintext kept for analysis payloads (about 16 MB of UTF-16); a few hundred sessions' worth. */
const PAYLOAD_CACHE_CHARS = 8_000_000;

type AnalysisRow = { id: string; payload: unknown; key_id: string | null };

// Transcripts and analyses: the only place their encrypted columns are sealed and opened.
export class ClinicalContentRepository {
  private readonly payloads = new DecryptedFieldCache(PAYLOAD_CACHE_CHARS);

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
      payload: parsedPayload(r.payload, this.sealedText(r)),
      createdAt: r.created_at,
    }));
  }

  /**
   * Analyses of a session the actor may see, payloads as JSON text; undefined when the session is not visible
   * (missing or out of scope). The scope check and the read are one query: one round trip per request.
   */
  async visibleAnalysesJson(
    actor: Actor,
    sessionId: string,
    kinds?: readonly (AnalysisKind | string)[],
  ): Promise<AnalysisJson[] | undefined> {
    const rows = await this.db
      .selectFrom('sessions')
      .leftJoin('analyses', (join) => {
        const on = join.onRef('analyses.session_id', '=', 'sessions.id');
        if (!kinds) return on;
        return kinds.length === 0 ? on.on('analyses.kind', '=', '') : on.on('analyses.kind', 'in', kinds);
      })
      .select([
        'analyses.id',
        'analyses.kind',
        'analyses.schema_version',
        'analyses.provider',
        'analyses.model',
        'analyses.payload',
        'analyses.key_id',
        'analyses.created_at',
      ])
      .where('sessions.id', '=', sessionId)
      .where(sessionScope(actor))
      .orderBy('analyses.kind')
      .execute();
    if (rows.length === 0) return undefined;
    return rows.flatMap((r) =>
      r.id === null || r.kind === null || r.schema_version === null || r.provider === null || r.created_at === null
        ? [] // the session has no analyses (yet): its one row is the outer join's empty side
        : [
            {
              kind: r.kind,
              schemaVersion: r.schema_version,
              provider: r.provider,
              model: r.model,
              payloadJson: this.sealedText({ ...r, id: r.id }) ?? JSON.stringify(r.payload),
              createdAt: r.created_at,
            },
          ],
    );
  }

  /** A sealed payload's plaintext JSON, through the cache; undefined for rows written before encryption. */
  private sealedText(row: AnalysisRow): string | undefined {
    const stored = row.payload;
    if (row.key_id === null || typeof stored !== 'string') return undefined;
    const sealing = this.cipher.sealingOf(stored);
    if (sealing === undefined) return this.cipher.decrypt(stored); // not a sealed value: decrypt reports it
    return this.payloads.get(`${row.id}:${sealing}`, () => this.cipher.decrypt(stored));
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

function parsedPayload(stored: unknown, plaintext: string | undefined): unknown {
  return plaintext === undefined ? stored : JSON.parse(plaintext);
}
