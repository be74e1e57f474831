import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { FieldCipher } from '../security/field-cipher.ts';
import { openJson, sealJson } from '../security/sealed-json.ts';

export interface RotationReport {
  /** Rows re-encrypted under the active key, per table. */
  rotated: Record<string, number>;
  activeKeyId: string;
}

const BATCH = 200;

// Tables whose jsonb columns are sealed with a row key_id. Plain rows (key_id NULL) get encrypted too.
const SEALED_JSON = [
  { table: 'transcripts', columns: ['segments', 'speakers'] },
  { table: 'analyses', columns: ['payload'] },
  { table: 'client_rollups', columns: ['payload'] },
  { table: 'clinical_note_versions', columns: ['body'] },
] as const;

/**
 * Re-encrypts every sealed field not under the active key (`insession keys rotate`). Works in small batches, one
 * transaction per row, so it can run while the app serves requests; old keys must stay configured until it ends.
 */
export async function rotateFieldKeys(db: Kysely<DB>, cipher: FieldCipher): Promise<RotationReport> {
  const rotated: Record<string, number> = {};
  const active = cipher.activeKeyId;
  for (const { table, columns } of SEALED_JSON) {
    rotated[table] = 0;
    for (;;) {
      const rows = (await db
        .selectFrom(table)
        .select(['id', 'key_id', ...columns])
        .where((eb) => eb.or([eb('key_id', 'is', null), eb('key_id', '!=', active)]))
        .limit(BATCH)
        .execute()) as unknown as ({ id: string; key_id: string | null } & Record<string, unknown>)[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const set: Record<string, unknown> = { key_id: active };
        for (const c of columns) set[c] = sealJson(cipher, openJson(cipher, row[c], row.key_id)).value;
        await db.updateTable(table).set(set).where('id', '=', row.id).execute();
        rotated[table]++;
      }
    }
  }
  rotated['users.totp_secret'] = 0;
  const users = await db
    .selectFrom('users')
    .select(['id', 'totp_secret'])
    .where('totp_secret', 'is not', null)
    .execute();
  for (const u of users) {
    if (!u.totp_secret || !cipher.needsRotation(u.totp_secret)) continue;
    await db
      .updateTable('users')
      .set({ totp_secret: cipher.encrypt(cipher.decrypt(u.totp_secret)) })
      .where('id', '=', u.id)
      .execute();
    rotated['users.totp_secret']++;
  }
  rotated['webhooks.secret'] = 0;
  for (const h of await db.selectFrom('webhooks').select(['id', 'secret']).execute()) {
    if (!cipher.needsRotation(h.secret)) continue;
    await db
      .updateTable('webhooks')
      .set({ secret: cipher.encrypt(cipher.decrypt(h.secret)) })
      .where('id', '=', h.id)
      .execute();
    rotated['webhooks.secret']++;
  }
  return { rotated, activeKeyId: active };
}

/** Counts sealed rows per key id, to show what still depends on an old key. */
export async function fieldKeyUsage(db: Kysely<DB>): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = {};
  for (const { table } of SEALED_JSON) {
    const rows = await db
      .selectFrom(table)
      .select((eb) => ['key_id', eb.fn.countAll<number>().as('n')])
      .groupBy('key_id')
      .execute();
    out[table] = Object.fromEntries(rows.map((r) => [r.key_id ?? 'plaintext', Number(r.n)]));
  }
  return out;
}
