// The database's data version: a number every transaction that changes domain data bumps at commit
// (deferred triggers, see the `data_version` migration). Whatever is computed from the data at one version
// stays exact until the number moves, whichever API instance or tool made the write: the response cache,
// the counts and the verified API keys are keyed on it.
import type { Db } from "@parley/db";

/** The current data version; one indexed single-row read. */
export async function readDataVersion(db: Db): Promise<bigint> {
  const rows = await db.$queryRaw<{ version: bigint }[]>`SELECT version FROM "DataVersion" WHERE id = 1`;
  return rows[0]?.version ?? 0n;
}

/** The version as one request sees it: read once, on first use; null when it cannot be read (database down). */
export type RequestDataVersion = () => Promise<bigint | null>;

/** Where a version may already be known without a round trip (the listener, see data-version-listener.ts). */
export interface KnownDataVersion {
  current(): bigint | null;
}

export function requestDataVersion(db: Db, known?: KnownDataVersion): RequestDataVersion {
  let read: Promise<bigint | null> | undefined;
  return () => {
    if (read) return read;
    const inMemory = known?.current() ?? null;
    read = inMemory !== null ? Promise.resolve(inMemory) : readDataVersion(db).catch(() => null);
    return read;
  };
}
