// node(id:) in one statement for the node types that register here, as their lists are read
// (lean-find-many.ts): Pothos's own node loader runs Prisma's findUnique, whose per-call work cost about
// three times the statement's whole round trip on the pool, measured. Same selection (Pothos plans it from
// the query, as its loader does), same where-clause (the type's findUnique, visibility included), same
// answer; anything the compiler declines goes to Pothos's loader.
import { brandWithType, type OutputRef } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../platform/context.js";
import { leanFindMany } from "./lean-find-many.js";

type NodeRef = OutputRef & { name: string; modelName: string };

const leanNodes = new Map<string, { ref: NodeRef; where: (id: string, ctx: Context) => object }>();

/** Reads `node(id:)` of this node type in one statement, with the where-clause its prismaNode's findUnique gives. */
export function readNodeInOneStatement(ref: NodeRef, where: (id: string, ctx: Context) => object): void {
  leanNodes.set(ref.name, { ref, where });
}

/** The node a global id names, through the one statement when its type registered, else `loadNode`. */
export async function resolveNode(id: { typename: string; id: string }, ctx: Context, info: GraphQLResolveInfo, loadNode: () => unknown): Promise<unknown> {
  const lean = leanNodes.get(id.typename);
  if (!lean) return loadNode();
  const query = await queryFromInfo({ context: ctx, info, typeName: id.typename, awaitSelections: true });
  let declined = false;
  const [row] = await leanFindMany(ctx.db, lean.ref.modelName, { ...query, where: lean.where(id.id, ctx), take: 1 }, async () => {
    declined = true;
    return [];
  });
  if (declined) return loadNode();
  if (!row) return null;
  // How Pothos tells which type implements Node for this object (its own loader brands it the same way).
  brandWithType(row, lean.ref);
  return row;
}
