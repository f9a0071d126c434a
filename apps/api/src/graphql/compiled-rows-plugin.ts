// Pothos's prisma plugin wraps every field that selects from its parent (relations, fields with a `select`):
// per row it builds the field's response path as a string to look up what the parent's query loaded
// (getLoaderMapping), then records that for the rows beneath (setRowMappings). On the partner list that
// lookup was about 13 % of the Node time. Rows of one level of a compiled statement (compiled-rows.ts) were
// all loaded by one plan, so this plugin, placed outside the prisma plugin, asks Pothos once per level and
// field and, for the other rows, does what the prisma plugin does with that answer: the same loaded-check,
// the same setRowMappings, then the resolver the prisma plugin wraps (with the plugins inside it). When the
// answer is that the parent did not load the field (Pothos would load it itself), every row takes Pothos's
// own path. The planning stays Pothos's: the statement still selects what the children need.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";
import { getLoaderMapping, setRowMappings } from "@pothos/selection-mapper";
import type { GraphQLFieldResolver, GraphQLResolveInfo } from "graphql";
import { levelOf, type LoaderMapping, type RowLevel } from "./compiled-rows.js";

type Resolver<Types extends SchemaTypes> = GraphQLFieldResolver<unknown, Types["Context"], object>;
type LoadedCheck = (parent: unknown, info: GraphQLResolveInfo, context: unknown) => boolean;

/** A field's resolver as the prisma plugin received it (a method, so any schema's context fits). */
interface InsideResolver {
  resolve(parent: unknown, args: object, context: object, info: GraphQLResolveInfo): unknown;
}

/** The resolver each field had just inside the prisma plugin, keyed by the field's config (one object per field). */
const insidePrisma = new WeakMap<object, InsideResolver>();

const isLoadedCheck = (value: unknown): value is LoadedCheck => typeof value === "function";

/** The response key of the field that returned the parent row (list indices skipped). */
function parentKey(path: GraphQLResolveInfo["path"]): string | number {
  let link = path.prev;
  while (link && typeof link.key === "number") link = link.prev;
  return link?.key ?? "";
}

/** What Pothos finds for this field on the rows of `level`: asked once, of the first row. */
function foundFor(level: RowLevel, context: object, info: GraphQLResolveInfo, parent: unknown): LoaderMapping | null {
  // graphql-js collects a list's subfields once, so every row of it resolves a field with the same array.
  let byParent = level.found.get(info.fieldNodes);
  if (!byParent) level.found.set(info.fieldNodes, (byParent = new Map<string | number, LoaderMapping | null>()));
  const key = parentKey(info.path);
  let mapping = byParent.get(key);
  if (mapping === undefined) byParent.set(key, (mapping = getLoaderMapping(context, info.path, info.parentType.name, parent)));
  return mapping;
}

/** Sits just inside the prisma plugin: remembers the resolver it hands to the prisma plugin. */
export class CompiledRowsInsidePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    insidePrisma.set(fieldConfig, { resolve: resolver });
    return resolver;
  }
}

/** Sits just outside the prisma plugin: rows of a compiled level reuse what Pothos found for the first. */
export class CompiledRowsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(resolver: Resolver<Types>, fieldConfig: PothosOutputFieldConfig<Types>): Resolver<Types> {
    const inside = insidePrisma.get(fieldConfig);
    // Unwrapped by the prisma plugin (the field reads nothing from its parent's query): nothing to skip.
    if (!inside || inside.resolve === resolver) return resolver;
    const loaded = fieldConfig.extensions?.pothosPrismaLoaded;
    const loadedCheck = isLoadedCheck(loaded) ? loaded : null;
    return (parent, args, context, info) => {
      const level = levelOf(parent);
      const mapping = level ? foundFor(level, context, info, parent) : null;
      if (!mapping || (loadedCheck && !loadedCheck(parent, info, context))) return resolver(parent, args, context, info);
      setRowMappings(context, info, mapping.nested);
      return inside.resolve(parent, args, context, info);
    };
  }
}

declare global {
  // Pothos registers plugins by merging into its global namespace; there is no module form.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      compiledRows: CompiledRowsPlugin<Types>;
      compiledRowsInside: CompiledRowsInsidePlugin<Types>;
    }
  }
}

SchemaBuilder.registerPlugin("compiledRows", CompiledRowsPlugin);
SchemaBuilder.registerPlugin("compiledRowsInside", CompiledRowsInsidePlugin);
