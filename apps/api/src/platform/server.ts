// Builds the HTTP server (GraphQL, health checks) without listening, so tests drive the real thing.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from "@apollo/server/plugin/landingPage/default";
import express from "express";
import type { Db } from "@parley/db";
import { anonymousIntrospection, env } from "./config/env.js";
import type { Context } from "./context.js";
import { errorLogging, formatError } from "../graphql/error-formatting.js";
import { logger as rootLogger, type Logger } from "./logger.js";
import { schema } from "../schema/index.js";
import { createAuth, createAuthClient } from "./auth/auth.js";
import { AUTH_BASE_PATH, authRoutes } from "./auth/routes.js";
import { jsonErrorHandler, jsonNotFound } from "./http/json-errors.js";
import { GRAPHQL_BODY_LIMIT, leanGraphQL, takesLeanPath } from "./http/lean-graphql.js";
import { requestIdOf, tagAndLog } from "./http/request-log.js";
import { clientMistakes, noSubscriptions } from "./security/client-mistakes.js";
import { createSignInThrottle, type SignInThrottleOptions } from "./security/sign-in-throttle.js";
import { createAuthenticator } from "./security/authenticate.js";
import { introspectionRule } from "./security/introspection.js";
import { requestChecks } from "./security/request-checks.js";
import { apiKeyScopeCheck } from "./security/scopes.js";
import { LIMITS, listSizeLimit, pageSizeLimit, validationRules } from "./security/limits.js";
import { resultSizeLimit } from "./security/result-size.js";
import { argumentChecks } from "./security/arguments.js";
import { createRateLimiter } from "./security/rate-limit.js";
import { responseCache, type ResponseCacheOptions } from "./cache/response-cache.js";
import { readYourWrites } from "./cache/read-your-writes.js";
import { DataVersionListener, type DataVersionListenerOptions } from "../data-version/data-version-listener.js";

export interface ServerOptions {
  db: Db;
  /** The same database as `db`: the sign-in module opens its own small pool (it reads password hashes). */
  databaseUrl: string;
  logger?: Logger;
  rateLimit?: { perKey: number; perAddress: number; windowSeconds?: number; redisUrl?: string | undefined };
  /** Failed sign-ins per account and per address (default: SIGN_IN_LIMIT_* from the environment). */
  signInLimit?: SignInThrottleOptions;
  /** Proxies whose X-Forwarded-For is believed (default: TRUST_PROXY; none when unset). */
  trustProxy?: false | string[];
  /** Published-read response cache (default: RESPONSE_CACHE_MB from the environment). */
  responseCache?: ResponseCacheOptions;
  /** Let anonymous callers introspect (default: in development only, for the landing page). */
  anonymousIntrospection?: boolean;
  /**
   * Keep the data version in memory from the database's notifications, so a request makes no round trip
   * for it (default off: every request reads it). For a PostgreSQL server only: the embedded database is one
   * backend behind one shared connection, which a second, listening connection would interleave with.
   */
  liveDataVersion?: DataVersionListenerOptions | false;
  /** Serve published reads' plain JSON posts to /graphql without Express (default on; http/lean-graphql.ts). */
  leanGraphQL?: boolean;
}

export interface ParleyServer {
  httpServer: http.Server;
  /** Starts listening; returns the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer({
  db,
  databaseUrl,
  logger = rootLogger,
  rateLimit,
  responseCache: cacheOptions,
  signInLimit,
  liveDataVersion,
  leanGraphQL: lean = true,
  ...options
}: ServerOptions): Promise<ParleyServer> {
  const app = express();
  app.disable("x-powered-by");
  // req.ip is the socket's peer unless the peer is a configured proxy (rate limits key on it).
  const trustProxy = options.trustProxy ?? env.TRUST_PROXY;
  app.set("trust proxy", trustProxy);
  const limiter = createRateLimiter({
    perKey: rateLimit?.perKey ?? env.RATE_LIMIT_PER_KEY,
    perAddress: rateLimit?.perAddress ?? env.RATE_LIMIT_PER_ADDRESS,
    windowSeconds: rateLimit?.windowSeconds ?? 60,
    redisUrl: rateLimit ? rateLimit.redisUrl : env.REDIS_URL,
  });
  const signInThrottle = createSignInThrottle(
    signInLimit ?? { perAccount: env.SIGN_IN_LIMIT_PER_ACCOUNT, perAddress: env.SIGN_IN_LIMIT_PER_ADDRESS, redisUrl: env.REDIS_URL },
  );
  // Requests reach Express, or the lean GraphQL path, once everything is started (below).
  const httpServer = http.createServer();
  // Keep idle connections longer than clients and proxies do (Node's 5 s default races a client that
  // reuses a connection just as the server closes it: the request is lost without an answer).
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;

  const listener = liveDataVersion
    ? new DataVersionListener(databaseUrl, {
        onError: (error) => logger.warn({ err: error }, "data-version listener down; reading the version per request until it reconnects"),
        ...liveDataVersion,
      })
    : undefined;

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    validationRules: [noSubscriptions, ...validationRules],
    validationOptions: { maxErrors: LIMITS.validationErrors },
    parseOptions: { maxTokens: LIMITS.tokens },
    // This API keeps no persisted queries: a hash alone is refused (400), not looked up.
    persistedQueries: false,
    logger,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // We set no cache hints; the plugin's per-field bookkeeping cost about a quarter of a list query's CPU.
      ApolloServerPluginCacheControlDisabled(),
      errorLogging(logger),
      requestChecks([
        clientMistakes,
        pageSizeLimit,
        listSizeLimit,
        resultSizeLimit,
        argumentChecks,
        introspectionRule({ allowAnonymous: options.anonymousIntrospection ?? anonymousIntrospection(env) }),
        apiKeyScopeCheck,
        ...(listener ? [readYourWrites(db, listener)] : []),
      ]),
      // After the checks above (they run in didResolveOperation, before a cached answer is looked up).
      ...responseCache(cacheOptions ?? { megabytes: env.RESPONSE_CACHE_MB, redisUrl: env.REDIS_URL }),
      env.NODE_ENV === "production"
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();
  // Resolves after the first attempt either way: a server that cannot listen yet reads the version per request.
  await listener?.start();

  app.use((req, res, next) => {
    const requestId = requestIdOf(req.headers["x-request-id"]);
    res.locals.requestId = requestId;
    // The path as requested (Express's req.path is relative to the mount point by the time the answer is sent).
    const path = req.path;
    tagAndLog(logger, res, requestId, req.method, () => path);
    next();
  });

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await db.$queryRaw`select 1`;
      res.json({ status: "ready" });
    } catch (error) {
      logger.error({ err: error }, "readiness check failed");
      res.status(503).json({ status: "unavailable" });
    }
  });

  // Sign-in, sign-out and session endpoints (better-auth), the only ones of the library served.
  const authDb = createAuthClient(databaseUrl);
  const auth = createAuth(authDb);
  app.use(AUTH_BASE_PATH, authRoutes(auth, signInThrottle));

  const authenticator = createAuthenticator(db, auth, listener);
  const context = (viewer: Context["viewer"], requestId: string, dataVersion: Context["dataVersion"]): Context => ({
    db,
    auth,
    viewer,
    requestId,
    dataVersion,
  });
  app.use(
    "/graphql",
    authenticator.middleware,
    limiter.middleware,
    // Room for the longest article body (500,000 UTF-16 units, up to 3 bytes each in UTF-8 and 6 as JSON
    // escapes) so the length rule answers BAD_USER_INPUT, not 413.
    express.json({ limit: GRAPHQL_BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ res }): Promise<Context> =>
        context(res.locals.viewer as Context["viewer"], String(res.locals.requestId), res.locals.dataVersion as Context["dataVersion"]),
    }),
  );
  // Whatever else reaches Express (unknown paths, bodies that are not JSON, a database down while a key or
  // session is checked) is answered in JSON too.
  app.use(jsonNotFound);
  app.use(jsonErrorHandler(logger));
  const serveLean = leanGraphQL({ apollo, authenticator, limiter, logger, context });
  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (lean && takesLeanPath(req, trustProxy === false)) void serveLean(req, res);
    else app(req, res);
  });

  return {
    httpServer,
    async listen(port = 0, host = "127.0.0.1") {
      await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
      const address = httpServer.address() as AddressInfo;
      return `http://${host}:${address.port}`;
    },
    async stop() {
      await apollo.stop();
      await listener?.close();
      await limiter.close();
      await signInThrottle.close();
      await authDb.$disconnect();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
