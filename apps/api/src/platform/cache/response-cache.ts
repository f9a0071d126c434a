// Whole-response cache for published reads (anonymous and partner callers), on Apollo's response-cache
// plugin. Entries are keyed on the query, its variables, the database's data version and the day:
// every transaction that changes domain data bumps the version at commit (triggers on the tables, see the
// `data_version` migration), so a response is never served after a write it does not reflect, whichever
// API instance or tool made the write (once the write's notification has reached this instance when the
// version is held in memory: data-version/data-version-listener.ts). Staff (who see drafts) and mutations are never cached.
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { BREAK, OperationTypeNode, visit, type DocumentNode } from "graphql";
import type { Db } from "@parley/db";
import { canSeeDrafts, type Context } from "../context.js";
import { readDataVersion } from "../../data-version/data-version.js";
import { RedisKeyValueCache } from "./redis-key-value-cache.js";

export interface ResponseCacheOptions {
  /** Memory for cached responses, in megabytes; 0 turns the cache off. */
  megabytes: number;
  /** How long an entry may live, in seconds (the data version makes it stale sooner on any write). */
  ttlSeconds?: number;
  /** Keep entries in this Redis, shared by every instance, instead of this process's memory. */
  redisUrl?: string | undefined;
  /** Prefix of the Redis keys (default "parley:response:"). */
  redisPrefix?: string;
}

/** Root fields whose answer depends on who asks, not only on the published data. */
const PER_CALLER_FIELDS = new Set(["viewer"]);

function selectsPerCallerField(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!PER_CALLER_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

function cacheable(contextValue: Context): boolean {
  return !canSeeDrafts(contextValue.viewer);
}

/** The current data version; one indexed single-row read. */
export async function dataVersion(db: Db): Promise<string> {
  return String(await readDataVersion(db));
}

/**
 * The request's data version, or a key no entry has when it cannot be read (database briefly down): the
 * request then runs uncached and its resolvers report the outage (503), instead of the cache failing the
 * request (500).
 */
async function versionOrNever(contextValue: Context): Promise<string> {
  const version = await contextValue.dataVersion();
  return version === null ? `unread:${randomUUID()}` : String(version);
}

export function responseCache(options: ResponseCacheOptions): ApolloServerPlugin<Context>[] {
  if (options.megabytes <= 0) return [];
  const ttl = options.ttlSeconds ?? 300;
  // We set no per-field cache hints (Apollo's cache-control plugin is off for speed): a published read is
  // cacheable as a whole unless it asks who the caller is.
  const policy: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async executionDidStart({ contextValue, operation, document, overallCachePolicy }) {
          // No operation when the document names none of its operations (answered with a 400 by Apollo).
          if (operation?.operation !== OperationTypeNode.QUERY || !cacheable(contextValue) || selectsPerCallerField(document)) return;
          overallCachePolicy.replace({ maxAge: ttl, scope: "PUBLIC" });
        },
      };
    },
  };
  const store = options.redisUrl
    ? new RedisKeyValueCache(options.redisUrl, options.redisPrefix ?? "parley:response:")
    : new InMemoryLRUCache<string>({ maxSize: options.megabytes * 1024 * 1024 });
  const closeStore: ApolloServerPlugin<Context> = {
    async serverWillStart() {
      return { serverWillStop: async () => (store instanceof RedisKeyValueCache ? store.close() : undefined) };
    },
  };
  const cache = responseCachePlugin<Context>({
    cache: store,
    // Anonymous and partner callers read the same published data, so they share entries.
    sessionId: async () => null,
    extraCacheKeyData: async ({ contextValue }) =>
      cacheable(contextValue) ? { version: await versionOrNever(contextValue), day: new Date().toISOString().slice(0, 10) } : null,
    shouldReadFromCache: async ({ contextValue }) => cacheable(contextValue),
    shouldWriteToCache: async ({ contextValue }) => cacheable(contextValue),
  });
  return [policy, cache, closeStore];
}
