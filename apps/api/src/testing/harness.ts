// Starts the real API over HTTP on a fresh, seeded test database.
import { createTestDatabase, type TestDatabase } from "@parley/db/testing";
import { createServer, type ParleyServer } from "../platform/server.js";
import type { DataVersionListenerOptions } from "../data-version/data-version-listener.js";

export interface GraphQLResponse<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  url: string;
  database: TestDatabase;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface TestApiOptions {
  onQuery?: (sql: string) => void;
  rateLimit?: { perKey: number; perAddress: number; redisUrl?: string };
  responseCache?: { megabytes: number; redisUrl?: string; redisPrefix?: string };
  /** Keep the data version in memory from notifications (ignored on the embedded database, which cannot). */
  liveDataVersion?: DataVersionListenerOptions;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const database = await createTestDatabase({ seed: true, ...(options.onQuery ? { onQuery: (sql: string) => options.onQuery?.(sql) } : {}) });
  let server: ParleyServer | undefined;
  try {
    server = await createServer({
      db: database.db,
      databaseUrl: database.url,
      // Suites send bursts (50 concurrent editors); the limiter has its own test with small limits.
      rateLimit: options.rateLimit ?? { perKey: 100_000, perAddress: 100_000 },
      ...(options.responseCache ? { responseCache: options.responseCache } : {}),
      ...(options.liveDataVersion && !database.embedded ? { liveDataVersion: options.liveDataVersion } : {}),
    });
    const url = await server.listen();
    return {
      url,
      database,
      async gql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
        const response = await fetch(`${url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...headers },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as Omit<GraphQLResponse<T>, "status" | "headers">;
        return { status: response.status, headers: response.headers, ...body };
      },
      async stop() {
        await server?.stop();
        await database.drop();
      },
    };
  } catch (error) {
    await server?.stop();
    await database.drop();
    throw error;
  }
}
