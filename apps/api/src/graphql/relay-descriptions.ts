// The Relay plugin generates connection and edge types, pagination arguments and `id` fields without
// descriptions. Every part of the contract is documented, so those get the standard wording here.
import { isInputObjectType, isInterfaceType, isObjectType, type GraphQLField, type GraphQLInputField, type GraphQLSchema } from "graphql";

const ARGS: Record<string, string> = {
  id: "A global id.",
  ids: "Global ids.",
  first: "Return at most this many items from the start (1–100, default 20).",
  after: "Return items after this cursor (from pageInfo.endCursor).",
  last: "Return at most this many items from the end (1–100).",
  before: "Return items before this cursor (from pageInfo.startCursor).",
};

const FIELDS: Record<string, string> = {
  id: "Global id: pass it to `node(id:)`.",
  edges: "The items of this page, each with its cursor.",
  pageInfo: "Where this page is in the list.",
  totalCount: "How many items match, on all pages.",
  cursor: "Opaque position of this item, for `after`/`before`.",
  node: "The item.",
  hasNextPage: "Whether more items follow.",
  hasPreviousPage: "Whether items precede this page.",
  startCursor: "Cursor of the first item on this page.",
  endCursor: "Cursor of the last item on this page.",
};

export function describeRelayParts(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (!type.description) {
      if (type.name.endsWith("ConnectionEdge")) type.description = `An item of a ${type.name.replace(/Edge$/, "")} page, with its cursor.`;
      else if (type.name.endsWith("Connection")) type.description = "A page of a list (Relay cursor connection), with the total count.";
      else if (type.name === "PageInfo") type.description = "Where a page is in its list.";
      else if (type.name === "Node") type.description = "Any record with a global id.";
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      const fields: readonly (GraphQLField<unknown, unknown> | GraphQLInputField)[] = Object.values(type.getFields());
      for (const field of fields) {
        if (!field.description && FIELDS[field.name]) field.description = FIELDS[field.name];
        if ("args" in field) for (const arg of field.args) if (!arg.description && ARGS[arg.name]) arg.description = ARGS[arg.name];
      }
    }
  }
  return schema;
}
