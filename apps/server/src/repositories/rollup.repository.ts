import { sql, type Kysely, type Selectable } from 'kysely';
import type { RollupKind } from '../db/enums.ts';
import type { DB } from '../db/schema.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { openJson, sealJson } from '../security/sealed-json.ts';

type RollupRow = Selectable<DB['client_rollups']>;

/** One stored version without its (sealed) content. */
export interface RollupVersionMeta {
  version: number;
  provider: string;
  promptVersion: string | null;
  editedBy: string | null;
  approvedAt: Date | null;
  approvedBy: string | null;
  createdAt: Date;
}

/** One version with its content opened: the draft label and the contract value. */
export interface RollupVersion<T> extends RollupVersionMeta {
  label: string;
  value: T;
}

const META_COLUMNS = [
  'version',
  'provider',
  'prompt_version',
  'edited_by',
  'approved_at',
  'approved_by',
  'created_at',
] as const;

const toMeta = (r: Pick<RollupRow, (typeof META_COLUMNS)[number]>): RollupVersionMeta => ({
  version: r.version,
  provider: r.provider,
  promptVersion: r.prompt_version,
  editedBy: r.edited_by,
  approvedAt: r.approved_at,
  approvedBy: r.approved_by,
  createdAt: r.created_at,
});

// Versioned per-client rollups (journey, bridge, treatment plan): written by the client.rollup job, read here,
// and for the treatment plan also edited and approved by the clinician.
export class RollupRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly cipher: FieldCipher,
  ) {}

  /** Every version of one kind, newest first, without content. */
  async versions(clientId: string, kind: RollupKind): Promise<RollupVersionMeta[]> {
    const rows = await this.db
      .selectFrom('client_rollups')
      .select(META_COLUMNS)
      .where('client_id', '=', clientId)
      .where('kind', '=', kind)
      .orderBy('version', 'desc')
      .execute();
    return rows.map(toMeta);
  }

  /** One version (the latest when `version` is undefined), opened. */
  async find<T>(clientId: string, kind: RollupKind, version?: number): Promise<RollupVersion<T> | undefined> {
    let q = this.db.selectFrom('client_rollups').selectAll().where('client_id', '=', clientId).where('kind', '=', kind);
    q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
    const row = await q.executeTakeFirst();
    if (!row) return undefined;
    const stored = openJson<{ label: string; value: T }>(this.cipher, row.payload, row.key_id);
    return { ...toMeta(row), label: stored.label, value: stored.value };
  }

  /**
   * Appends a clinician-written version, but only while `basedOn` is still the latest (otherwise the clinician
   * edited a version the job has since replaced): returns undefined then. Serialised with the rollup job by the
   * same per-client advisory lock.
   */
  async appendEdit<T>(input: {
    practiceId: string;
    clientId: string;
    kind: RollupKind;
    basedOn: number;
    label: string;
    value: T;
    editedBy: string;
  }): Promise<number | undefined> {
    return this.db.transaction().execute(async (trx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${input.clientId}))`.execute(trx);
      const latest = await trx
        .selectFrom('client_rollups')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('client_id', '=', input.clientId)
        .where('kind', '=', input.kind)
        .executeTakeFirst();
      if ((latest?.version ?? 0) !== input.basedOn) return undefined;
      const sealed = sealJson(this.cipher, { label: input.label, value: input.value });
      const version = input.basedOn + 1;
      await trx
        .insertInto('client_rollups')
        .values({
          practice_id: input.practiceId,
          client_id: input.clientId,
          kind: input.kind,
          version,
          provider: 'clinician',
          payload: sealed.value,
          key_id: sealed.keyId,
          edited_by: input.editedBy,
        })
        .execute();
      return version;
    });
  }

  /** Marks the newest version approved (once); false when `version` is not the newest or already approved. */
  async approve(clientId: string, kind: RollupKind, version: number, userId: string): Promise<boolean> {
    const res = await this.db
      .updateTable('client_rollups')
      .set({ approved_at: new Date(), approved_by: userId })
      .where('client_id', '=', clientId)
      .where('kind', '=', kind)
      .where('version', '=', version)
      .where('approved_at', 'is', null)
      .where((eb) =>
        eb(
          'version',
          '=',
          eb
            .selectFrom('client_rollups as newest')
            .select((e) => e.fn.max('newest.version').as('v'))
            .where('newest.client_id', '=', clientId)
            .where('newest.kind', '=', kind),
        ),
      )
      .executeTakeFirst();
    return res.numUpdatedRows > 0n;
  }
}
