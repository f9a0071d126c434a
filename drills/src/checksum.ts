// A checksum of every table (row count and a hash over every row), to prove hostile requests changed nothing.
// One column is left out: ApiKey.lastUsedAt, which a valid key's reads refresh by design.
import { createHash } from "node:crypto";
import pg from "pg";

const IGNORED_COLUMNS: Readonly<Record<string, readonly string[]>> = { ApiKey: ["lastUsedAt"] };

export interface TableSums {
  /** One hash over all tables. */
  total: string;
  tables: Record<string, { rows: number; hash: string }>;
}

export async function checksumTables(url: string): Promise<TableSums> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query<{ table_name: string; column_name: string }>(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position`,
    );
    const byTable = new Map<string, string[]>();
    for (const { table_name, column_name } of columns.rows) {
      if (IGNORED_COLUMNS[table_name]?.includes(column_name)) continue;
      byTable.set(table_name, [...(byTable.get(table_name) ?? []), column_name]);
    }
    const tables: TableSums["tables"] = {};
    for (const [table, cols] of byTable) {
      const row = `md5(row(${cols.map((c) => `t."${c}"`).join(", ")})::text)`;
      const result = await client.query<{ rows: number; hash: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(${row}, '' ORDER BY ${row})) AS hash FROM "${table}" t`,
      );
      const first = result.rows[0];
      tables[table] = { rows: first?.rows ?? 0, hash: first?.hash ?? "" };
    }
    const total = createHash("sha256")
      .update(JSON.stringify(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b))))
      .digest("hex");
    return { total, tables };
  } finally {
    await client.end();
  }
}

/** Tables whose count or hash differ. */
export function changedTables(before: TableSums, after: TableSums): string[] {
  const names = new Set([...Object.keys(before.tables), ...Object.keys(after.tables)]);
  return [...names].filter((name) => before.tables[name]?.hash !== after.tables[name]?.hash || before.tables[name]?.rows !== after.tables[name]?.rows).sort();
}
