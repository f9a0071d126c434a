// The relay plugin resolves every node's `id` with an async function (it awaits the raw id even when it is
// at hand), so every row of a list became a promise: graphql-js then collects each row's fields and each
// edge through Promise.all, with the microtasks and garbage that go with it. This plugin resolves the id
// field of node types synchronously with the same parts relay uses (the type's own id resolver from its
// node options, then the builder's encodeGlobalID or relay's), and hands a raw id that is itself a promise
// to relay's resolver, as before.
import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { GraphQLFieldResolver, GraphQLResolveInfo } from "graphql";

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;
type RawIdResolver = (parent: unknown, args: object, context: object, info: GraphQLResolveInfo) => unknown;

const isRawIdResolver = (value: unknown): value is RawIdResolver => typeof value === "function";

/** The id resolver relay's node options hold for this type (addNodeProperties keeps them on the type). */
function rawIdResolver(pothosOptions: object): RawIdResolver | null {
  const id: unknown = Reflect.get(pothosOptions, "id");
  const resolve: unknown = typeof id === "object" && id !== null ? Reflect.get(id, "resolve") : undefined;
  return isRawIdResolver(resolve) ? resolve : null;
}

export class SyncGlobalIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const relay = this.builder.options.relay;
    if (fieldConfig.name !== (relay?.idFieldName ?? "id")) return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    // Only the id field relay adds to a node type (it marks the type with its global-id parser).
    if (typeConfig.kind !== "Object" || !typeConfig.extensions || !("pothosParseGlobalID" in typeConfig.extensions)) return resolver;
    const rawId = rawIdResolver(typeConfig.pothosOptions);
    if (!rawId) return resolver;
    const typename = typeConfig.name;
    const encode = relay?.encodeGlobalID;
    return (parent, args, context, info) => {
      const id = rawId(parent, args, context, info);
      if (isThenable(id) || (typeof id !== "string" && typeof id !== "number" && typeof id !== "bigint")) return resolver(parent, args, context, info);
      return encode ? encode(typename, String(id), context) : encodeGlobalID(typename, String(id));
    };
  }
}

declare global {
  // Pothos registers plugins by merging into its global namespace; there is no module form.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      syncGlobalIds: SyncGlobalIdsPlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("syncGlobalIds", SyncGlobalIdsPlugin);
