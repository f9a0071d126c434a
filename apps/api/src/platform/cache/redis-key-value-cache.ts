// The response cache's store in Redis, shared by every API instance. Entries are keyed on the data version
// (see response-cache.ts), so a write makes every instance miss at once; Redis's own TTL expires the rest.
// A Redis that is down makes a miss, never a failed request.
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";
import { Redis } from "ioredis";

export class RedisKeyValueCache implements KeyValueCache<string> {
  readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.redis.on("error", () => undefined); // reported as misses; the rate limiter logs Redis outages
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key).catch(() => null)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = options?.ttl;
    await (ttl ? this.redis.set(this.prefix + key, value, "EX", Math.max(1, Math.round(ttl))) : this.redis.set(this.prefix + key, value)).catch(
      () => undefined,
    );
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key).catch(() => 0)) > 0;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
