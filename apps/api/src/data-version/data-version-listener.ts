// The data version kept in memory, so a request does not wait for a read of "DataVersion" before its page.
// The commit that bumps the version also notifies `parley_data_version` with the new number (migration
// `data_version_notify`); one dedicated connection listens and keeps the highest number seen. The memory is
// trusted only while that connection is up and has read the version once after LISTEN (so nothing committed
// before the LISTEN is missed); otherwise `current()` is null and callers read the table as before.
// A connection that dies silently is caught by a heartbeat that also re-reads the version; it reconnects
// with backoff.
import pg from "pg";

export const DATA_VERSION_CHANNEL = "parley_data_version";

export interface DataVersionListenerOptions {
  /** The channel to listen on (default `parley_data_version`; tests use a silent one to isolate the other paths). */
  channel?: string;
  /** How often the listening connection re-reads the version and proves it is alive (ms). */
  heartbeatMs?: number;
  /** How long a heartbeat may take before the connection counts as dead (ms). */
  heartbeatTimeoutMs?: number;
  /** First reconnection delay; it doubles up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Told when the listener goes down or cannot connect (the API logs it). */
  onError?: (error: Error) => void;
}

const READ_VERSION = `SELECT version FROM "DataVersion" WHERE id = 1`;

export class DataVersionListener {
  private version: bigint | null = null;
  private live = false;
  private client: pg.Client | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private reconnect: NodeJS.Timeout | undefined;
  private backoff: number;
  private closed = false;
  private readonly heartbeatMs: number;
  private readonly heartbeatTimeoutMs: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly channel: string;

  constructor(
    private readonly url: string,
    private readonly options: DataVersionListenerOptions = {},
  ) {
    this.heartbeatMs = options.heartbeatMs ?? 2_000;
    this.heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 2_000;
    this.backoffMs = options.backoffMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.backoff = this.backoffMs;
    this.channel = options.channel ?? DATA_VERSION_CHANNEL;
  }

  /** Connects once (resolves whether or not that succeeds; a failure is retried in the background). */
  async start(): Promise<void> {
    await this.connect();
  }

  /** The version known in memory, or null while the listener cannot vouch for it (then read the table). */
  current(): bigint | null {
    return this.live ? this.version : null;
  }

  /** Takes a version read elsewhere (after this process's own commit); only ever moves forward. */
  observe(version: bigint): void {
    if (this.version === null || version > this.version) this.version = version;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.live = false;
    clearInterval(this.heartbeat);
    clearTimeout(this.reconnect);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: "parley-data-version-listener",
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    this.client = client;
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client, new Error("the data-version listener's connection ended")));
    client.on("notification", (message) => {
      if (message.channel !== this.channel || message.payload === undefined || !/^\d+$/.test(message.payload)) return;
      this.observe(BigInt(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(this.channel)}`);
      // Read after LISTEN: a commit before it is in this read, one after it arrives as a notification.
      await this.readOn(client);
      if (this.client !== client) return;
      this.live = true;
      this.backoff = this.backoffMs;
      this.heartbeat = setInterval(() => void this.beat(client), this.heartbeatMs);
      this.heartbeat.unref();
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    }
  }

  private async readOn(client: pg.Client): Promise<void> {
    const result = await client.query<{ version: string }>(READ_VERSION);
    const row = result.rows[0];
    if (row) this.observe(BigInt(row.version));
  }

  private async beat(client: pg.Client): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error("the data-version listener's heartbeat timed out")), this.heartbeatTimeoutMs);
    });
    try {
      await Promise.race([this.readOn(client), timeout]);
    } catch (error) {
      this.lost(client, error instanceof Error ? error : new Error(String(error)));
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops trusting memory at once and reconnects later; only the current connection's loss counts. */
  private lost(client: pg.Client, error: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.live = false;
    clearInterval(this.heartbeat);
    client.removeAllListeners("notification");
    client.on("error", () => undefined);
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.options.onError?.(error);
    const delay = this.backoff;
    this.backoff = Math.min(this.backoff * 2, this.maxBackoffMs);
    this.reconnect = setTimeout(() => void this.connect(), delay);
    this.reconnect.unref();
  }
}
