// Values computed from the data at one data version. Entries of older versions are dropped as soon as a
// newer version is seen, so the cache holds one version's values, bounded by `maxEntries`.

export class VersionedCache<V> {
  private version: bigint | null = null;
  private readonly entries = new Map<string, V>();

  constructor(private readonly maxEntries: number) {}

  get(version: bigint | null, key: string): V | undefined {
    return version !== null && version === this.version ? this.entries.get(key) : undefined;
  }

  /** Stores a value computed at `version`; a value of an older version than the cache's is not kept. */
  set(version: bigint | null, key: string, value: V): void {
    if (version === null || (this.version !== null && version < this.version)) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }

  /** The cached value, or `compute()`'s, stored under the version the caller read before computing. */
  async getOrCompute(version: bigint | null, key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.get(version, key);
    if (hit !== undefined) return hit;
    const value = await compute();
    this.set(version, key, value);
    return value;
  }
}
