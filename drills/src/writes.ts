// A stream of multi-row writes (a party with three aliases and its audit entry, one transaction each), and
// the check that every acknowledged one is whole and none is partial.
import pg from "pg";
import { gql } from "./fixtures.js";

export const ALIASES_PER_PARTY = 3;

export interface WriteLog {
  acknowledged: Set<string>;
  statuses: Record<string, number>;
  /** When each acknowledged write was answered (ms since the stream began). */
  acknowledgedAt: number[];
  /** Answers that are neither 200 nor 503: must be none. */
  unexpected: string[];
}

/** Writes parties `${prefix}-${writer}-${n}` until `stop()` says so. */
export function writeStream(options: { base: () => string; cookie: () => string; prefix: string; writers: number; pauseMs?: number }) {
  const log: WriteLog = { acknowledged: new Set(), statuses: {}, acknowledgedAt: [], unexpected: [] };
  let stopped = false;
  const started = performance.now();
  const writer = async (w: number) => {
    for (let n = 0; !stopped; n++) {
      const slug = `${options.prefix}-${w}-${n}`;
      const aliases = Array.from({ length: ALIASES_PER_PARTY }, (_, i) => `${slug} alias ${i}`);
      const answer = await gql(
        options.base(),
        `mutation($i: PartyInput!) { createParty(input: $i) { id } }`,
        { i: { slug, name: slug, kind: "ORGANISATION", aliases } },
        { cookie: options.cookie() },
      ).catch(() => null);
      const status = answer ? String(answer.status) : "no answer";
      log.statuses[status] = (log.statuses[status] ?? 0) + 1;
      if (answer?.status === 200 && answer.body?.data?.createParty) {
        log.acknowledged.add(slug);
        log.acknowledgedAt.push(performance.now() - started);
      } else if (answer && answer.status !== 503 && log.unexpected.length < 10) {
        log.unexpected.push(`${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      }
      if (!answer) await new Promise((r) => setTimeout(r, 50));
      else if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
    }
  };
  const running = Promise.all(Array.from({ length: options.writers }, (_, w) => writer(w)));
  return {
    log,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

export interface Consistency {
  found: number;
  /** Parties missing aliases or their audit entry, and audit entries whose party is missing. */
  partial: number;
  /** Acknowledged writes that are not in the database. */
  lost: number;
}

export async function checkWrites(databaseUrl: string, prefix: string, acknowledged: Set<string>): Promise<Consistency> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const parties = await client.query<{ slug: string; aliases: number; audits: number }>(
      `SELECT p.slug,
              (SELECT count(*)::int FROM "PartyAlias" a WHERE a."partyId" = p.id AND a.name LIKE p.slug || ' alias %') AS aliases,
              (SELECT count(*)::int FROM "AuditEntry" e WHERE e."entityType" = 'Party' AND e."entityId" = p.id::text AND e.action = 'CREATE') AS audits
         FROM "Party" p WHERE p.slug LIKE $1`,
      [`${prefix}-%`],
    );
    const orphans = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "AuditEntry" e
        WHERE e."entityType" = 'Party' AND e.action = 'CREATE' AND e.after->>'slug' LIKE $1
          AND NOT EXISTS (SELECT 1 FROM "Party" p WHERE p.id::text = e."entityId")`,
      [`${prefix}-%`],
    );
    const found = new Set(parties.rows.map((r) => r.slug));
    const partial = parties.rows.filter((r) => r.aliases !== ALIASES_PER_PARTY || r.audits !== 1).length + (orphans.rows[0]?.n ?? 0);
    return { found: found.size, partial, lost: [...acknowledged].filter((slug) => !found.has(slug)).length };
  } finally {
    await client.end();
  }
}
