// Our per-request checks as one Apollo plugin. Apollo calls every plugin's requestDidStart on every request
// and then, for each of its hooks (parsing, validation, operation, execution, response…), every listener
// that requestDidStart returned, through a promise each, whether the listener has the hook or not. The checks
// keep no state per request, so one listener, made once, runs them all: each hook calls only the checks
// that have it, in the order given, which is the order Apollo ran the separate plugins in (a check that
// refuses the operation throws before the later ones run; with separate plugins the first to throw won).
import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import type { Context } from "../context.js";

const HOOKS = ["didResolveOperation", "willSendResponse", "didEncounterErrors"] as const;

export function requestChecks(checks: readonly GraphQLRequestListener<Context>[]): ApolloServerPlugin<Context> {
  const unsupported = checks.find((c) => Object.keys(c).some((hook) => !(HOOKS as readonly string[]).includes(hook)));
  if (unsupported) throw new Error(`requestChecks runs ${HOOKS.join(", ")} only, not ${Object.keys(unsupported).join(", ")}`);
  const resolving = checks.filter((c) => "didResolveOperation" in c);
  const responding = checks.filter((c) => "willSendResponse" in c);
  const erring = checks.filter((c) => "didEncounterErrors" in c);
  const listener: GraphQLRequestListener<Context> = {};
  if (resolving.length > 0)
    listener.didResolveOperation = async (requestContext) => {
      for (const check of resolving) await check.didResolveOperation?.(requestContext);
    };
  if (responding.length > 0)
    listener.willSendResponse = async (requestContext) => {
      for (const check of responding) await check.willSendResponse?.(requestContext);
    };
  if (erring.length > 0)
    listener.didEncounterErrors = async (requestContext) => {
      for (const check of erring) await check.didEncounterErrors?.(requestContext);
    };
  return { requestDidStart: async () => listener };
}
