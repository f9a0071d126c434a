// Whether an error means "the database cannot be reached right now" (down, restarting, out of
// connections) rather than a fault of the request or of the code: such requests get 503
// SERVICE_UNAVAILABLE, so clients retry instead of reporting a bug.

/** Prisma's codes for a server it cannot reach, a connection it lost, or a pool it waited on too long. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same. */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
/** SQLSTATEs of a server shutting down or starting (57P01–57P03), and connection exceptions (class 08). */
const UNAVAILABLE_STATE = /^(57P0[1-3]|08\d{3}|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND"]);
const DRIVER_MESSAGE = /^(Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect)/;

const prop = (o: unknown, key: string): unknown => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[key] : undefined);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 5) return false;
  const code = prop(error, "code");
  if (typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || UNAVAILABLE_STATE.test(code))) return true;
  const kind = prop(error, "kind");
  if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
  const state = prop(error, "originalCode");
  if (typeof state === "string" && UNAVAILABLE_STATE.test(state)) return true;
  const message = prop(error, "message");
  if (typeof message === "string" && DRIVER_MESSAGE.test(message)) return true;
  // Prisma wraps the driver's error in meta.driverAdapterError.cause; others chain it as `cause`.
  return [prop(prop(error, "meta"), "driverAdapterError"), prop(error, "cause"), prop(error, "originalError")].some((inner) =>
    isDatabaseUnavailable(inner, depth + 1),
  );
}
