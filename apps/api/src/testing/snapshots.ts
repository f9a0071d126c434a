// Row snapshots for tests that must prove a request changed nothing: a fingerprint of every table, or
// the rows themselves for the tables a write touches.
import type { Db } from "@parley/db";

// A partner key's last use is bookkeeping, not data: it may change on any request with the key.
const BOOKKEEPING = ["lastUsedAt"];

async function tables(db: Db): Promise<string[]> {
  const rows = await db.$queryRaw<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
    order by table_name`;
  return rows.map((r) => r.name);
}

const rowText = () => `(to_jsonb(t) ${BOOKKEEPING.map((c) => `- '${c}'`).join(" ")})::text`;

/** Per table: its row count and an md5 over all its rows. Equal fingerprints mean equal contents. */
export async function databaseFingerprint(db: Db): Promise<Record<string, string>> {
  const fingerprint: Record<string, string> = {};
  for (const table of await tables(db)) {
    const [row] = await db.$queryRawUnsafe<{ n: number; h: string }[]>(
      `select count(*)::int as n, md5(coalesce(string_agg(r, '|' order by r), '')) as h from (select ${rowText()} as r from "${table}" t) s`,
    );
    fingerprint[table] = `${row!.n}:${row!.h}`;
  }
  return fingerprint;
}

/** Every row of the named tables as JSON text, in a stable order (for readable diffs). */
export async function tableRows(db: Db, names: readonly string[]): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of names) {
    const rows = await db.$queryRawUnsafe<{ r: string }[]>(`select ${rowText()} as r from "${table}" t order by 1`);
    snapshot[table] = rows.map((row) => row.r);
  }
  return snapshot;
}
