// `totalCount` for connections: exact, but computed once per filter and data version (the count is the
// same for every caller with the same filter until a commit changes the data), and started beside the
// page query rather than after it.
import { Kind, type GraphQLResolveInfo } from "graphql";
import type { Db } from "@parley/db";
import type { Context } from "../platform/context.js";
import { VersionedCache } from "../data-version/versioned-cache.js";

/** Filters counted per database; bounded so that varied filters cannot grow memory without limit. */
const MAX_COUNTS = 10_000;
const cachesByDb = new WeakMap<Db, VersionedCache<number>>();
/** The count started for one field's arguments (the same object reaches the list resolver and totalCount). */
const startedByArgs = new WeakMap<object, Promise<number>>();

function cacheFor(db: Db): VersionedCache<number> {
  let cache = cachesByDb.get(db);
  if (!cache) {
    cache = new VersionedCache<number>(MAX_COUNTS);
    cachesByDb.set(db, cache);
  }
  return cache;
}

/**
 * The count for `key` (a description of the whole filter, visibility included) at the request's data
 * version. Called by the list resolver (to start it with the page) and by totalCount (to take it); the
 * first call for a field's `args` counts, the second gets the same promise.
 */
export function connectionCount(ctx: Context, args: object, key: () => Promise<string>, count: () => Promise<number>): Promise<number> {
  const started = startedByArgs.get(args);
  if (started) return started;
  const promise = (async () => {
    const [version, cacheKey] = await Promise.all([ctx.dataVersion(), key()]);
    return cacheFor(ctx.db).getOrCompute(version, cacheKey, count);
  })();
  startedByArgs.set(args, promise);
  // A page query that fails leaves the count unawaited: its failure is reported by the page, not as an
  // unhandled rejection.
  promise.catch(() => undefined);
  return promise;
}

/** Whether the connection field being resolved selects `totalCount` directly (fragments: counted later, on demand). */
export function selectsTotalCount(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.some((node) => node.selectionSet?.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "totalCount"));
}
