// Builds the HTTP server (GraphQL, health checks) without listening, so tests drive the real thing.
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import express from "express";
import type { Db } from "@parley/db";
import { env } from "./config/env.js";
import type { Context } from "./context.js";
import { formatError } from "./errors.js";
import { logger as rootLogger, type Logger } from "./logger.js";
import { schema } from "./schema/index.js";

export interface ServerOptions {
  db: Db;
  logger?: Logger;
}

export interface ParleyServer {
  httpServer: http.Server;
  /** Starts listening; returns the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer({ db, logger = rootLogger }: ServerOptions): Promise<ParleyServer> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, logger),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      env.NODE_ENV === "production" ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    const incoming = req.header("x-request-id");
    const requestId = incoming && /^[\w.-]{1,100}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader("x-request-id", requestId);
    res.locals.requestId = requestId;
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

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ res }): Promise<Context> => ({ db, viewer: { kind: "anonymous" }, requestId: String(res.locals.requestId) }),
    }),
  );

  return {
    httpServer,
    async listen(port = 0, host = "127.0.0.1") {
      await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
      const address = httpServer.address() as AddressInfo;
      return `http://${host}:${address.port}`;
    },
    async stop() {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
