import pino from "pino";
import { env } from "./config/env.js";

/** Structured JSON logs; every request's lines carry its request id. */
export const logger = pino({ level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL, base: { service: "parley-api" } });
export type Logger = typeof logger;
