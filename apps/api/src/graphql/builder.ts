// Pothos setup only: plugins, scalars and the context type. Types live in one module per concept.
import SchemaBuilder from "@pothos/core";
import { formatIsoDay } from "@parley/domain";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import type PrismaTypes from "@parley/db/pothos-types";
import { getDatamodel } from "@parley/db/pothos-types";
import type { Context } from "../platform/context.js";
import { accessScopes, unauthorizedError, type AccessScopes } from "../access/access.js";
import "./domain-errors-plugin.js";
import "./compiled-rows-plugin.js";
import "./sync-global-ids.js";
import { resolveNode } from "./lean-nodes.js";

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  AuthScopes: AccessScopes;
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: Date };
    DateTime: { Input: string; Output: Date };
  };
}>({
  // Scope-auth first, so a refused caller reaches no other plugin's work (argument decoding, queries).
  // compiledRows around the prisma plugin: rows read in one statement skip its per-row mapping lookup.
  // syncGlobalIds outside relay's: node ids resolve without a promise per row.
  plugins: [ScopeAuthPlugin, "syncGlobalIds", "compiledRows", PrismaPlugin, "compiledRowsInside", RelayPlugin, "domainErrors"],
  defaultFieldNullability: false,
  scopeAuth: { authScopes: accessScopes, unauthorizedError },
  prisma: {
    client: (ctx) => ctx.db,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      description: "Fetches any object by its global id.",
      resolve: (_root, args, ctx, info, loadNode) => resolveNode(args.id, ctx, info, () => loadNode(args.id)),
    },
    nodesQueryOptions: { description: "Fetches several objects by their global ids." },
  },
});

builder.queryType({ description: "Reads. Anonymous and partner callers see published records only." });
// Every mutation is for editors (access/access.ts); administration adds `admin` on its fields.
builder.mutationType({
  description: "Changes. Editors and administrators only; every change is versioned and audited.",
  authScopes: { editor: true },
});

builder.scalarType("Date", {
  description: "A calendar day, YYYY-MM-DD. Paired with a DatePrecision where the source may be vaguer.",
  serialize: (value) => formatIsoDay(value),
  parseValue: (value) => {
    if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new TypeError("Date must be YYYY-MM-DD");
    return value;
  },
});

builder.scalarType("DateTime", {
  description: "An instant, ISO 8601 in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    if (typeof value !== "string" || Number.isNaN(Date.parse(value))) throw new TypeError("DateTime must be ISO 8601");
    return value;
  },
});
