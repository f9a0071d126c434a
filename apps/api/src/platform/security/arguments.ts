// Bad arguments, named: malformed global ids and cursors are refused before any resolver runs, and every
// input error graphql-js reports (unknown enum values, badly formatted dates, in literals or variables)
// gets `extensions.argument`, the path of the argument at fault ("filter.stated.from").
import type { GraphQLRequestListener } from "@apollo/server";
import { parsePrismaCursor } from "@pothos/plugin-prisma";
import {
  GraphQLEnumType,
  Kind,
  OperationTypeNode,
  TypeInfo,
  getNamedType,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type ASTNode,
  type DocumentNode,
  type GraphQLError,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from "graphql";
import type { Context } from "../context.js";
import { AppError } from "../../graphql/error-formatting.js";
import { executedPart } from "./argument-values.js";
import { perOperation } from "./per-operation.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record id inside a cursor of ours (every list pages by id), or null when it is not one. */
export function cursorId(cursor: string): string | null {
  try {
    const value = parsePrismaCursor(cursor);
    return typeof value === "string" && UUID.test(value) ? value : null;
  } catch {
    return null;
  }
}

/** The key a connection's cursors hold: a record id (the default), a number, an offset, or a join row's parts. */
type KeyPart = "uuid" | { enum: string };
type CursorShape = "uuid" | "integer" | "offset" | readonly KeyPart[];

/** Connections whose cursors are not a record's UUID (by GraphQL type name). */
const CURSOR_SHAPES: Readonly<Record<string, CursorShape>> = {
  QueryAuditLogConnection: "integer",
  QuerySearchArticlesConnection: "offset",
  PartyParticipationsConnection: ["uuid", "uuid", { enum: "ParticipantRole" }],
  TopicRoundsConnection: ["uuid", "uuid"],
  PositionQuotesConnection: ["uuid", "uuid"],
  DemandQuotesConnection: ["uuid", "uuid"],
  EvidenceSupportedPositionsConnection: ["uuid", "uuid"],
  EvidenceSupportedDemandsConnection: ["uuid", "uuid"],
};

/**
 * Whether a cursor has the shape of the connection's own cursors. Anything else was not given out by this
 * API (a key of the wrong type would otherwise reach the database and fail there).
 */
function fitsConnection(schema: GraphQLSchema, connection: string, cursor: string): boolean {
  const shape = CURSOR_SHAPES[connection] ?? "uuid";
  if (shape === "offset") return /^OffsetConnection:\d+$/.test(Buffer.from(cursor, "base64").toString("utf8"));
  let key: unknown;
  try {
    key = parsePrismaCursor(cursor);
  } catch {
    return false;
  }
  if (shape === "uuid") return typeof key === "string" && UUID.test(key);
  if (shape === "integer") return (typeof key === "number" && Number.isSafeInteger(key)) || typeof key === "bigint";
  if (!Array.isArray(key) || key.length !== shape.length) return false;
  return shape.every((part, i) => {
    const value: unknown = key[i];
    if (part === "uuid") return typeof value === "string" && UUID.test(value);
    const type = schema.getType(part.enum);
    return typeof value === "string" && type instanceof GraphQLEnumType && type.getValue(value) !== undefined;
  });
}

/**
 * Whether a global id names a type of the schema (a Node type, for reads) and a UUID; ids of missing records
 * are fine. Mutations also take ids of rows that are not nodes (a round's date report, a status change).
 */
function isGlobalId(schema: GraphQLSchema, value: string, nodeOnly: boolean): boolean {
  const decoded = Buffer.from(value, "base64").toString("utf8");
  const [, typename, id] = /^([A-Za-z]+):(.+)$/.exec(decoded) ?? [];
  const type = typename ? schema.getType(typename) : undefined;
  const known = !!type && "getInterfaces" in type && (!nodeOnly || type.getInterfaces().some((i) => i.name === "Node"));
  return known && !!id && UUID.test(id);
}

/** The field being given arguments returns a connection (its `after`/`before` are cursors). */
function isConnection(type: GraphQLOutputType | null | undefined): boolean {
  return !!type && getNamedType(type).name.endsWith("Connection");
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  if (node.kind === Kind.LIST) return node.values.map((v) => valueOf(v, variables));
  return undefined;
}

/** An argument the checks look at: a cursor of a connection (by the connection's type name) or a global id. */
interface CheckedArgument {
  node: ArgumentNode;
  name: string;
  connection: string | null;
  globalId: boolean;
}

/** Per schema, the arguments of each operation that hold cursors or ids (fragments too), found once. */
const checkedArguments = new WeakMap<GraphQLSchema, (document: DocumentNode, operation: OperationDefinitionNode) => CheckedArgument[]>();

function argumentsToCheck(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): CheckedArgument[] {
  let find = checkedArguments.get(schema);
  if (!find) {
    find = perOperation((doc, op) => {
      const found: CheckedArgument[] = [];
      const typeInfo = new TypeInfo(schema);
      // Fragments too: an id or cursor written inside a fragment is checked like one in the operation.
      visit(
        executedPart(doc, op),
        visitWithTypeInfo(typeInfo, {
          Argument(node) {
            const definition = typeInfo.getArgument();
            if (!definition) return;
            const name = node.name.value;
            const returned = typeInfo.getType();
            const connection = (name === "after" || name === "before") && returned && isConnection(returned) ? getNamedType(returned).name : null;
            const globalId = getNamedType(definition.type).name === "ID";
            if (connection || globalId) found.push({ node, name, connection, globalId });
          },
        }),
      );
      return found;
    });
    checkedArguments.set(schema, find);
  }
  return find(document, operation);
}

/** Refuses malformed global ids (arguments of type ID) and cursors (`after`, `before`), naming the argument. */
export const argumentChecks: GraphQLRequestListener<Context> = {
  async didResolveOperation({ operation, request, document, schema }) {
    if (!operation || operation.operation === OperationTypeNode.SUBSCRIPTION) return;
    const reading = operation.operation === OperationTypeNode.QUERY;
    const variables = request.variables ?? {};
    for (const { node, name, connection, globalId } of argumentsToCheck(schema, document, operation)) {
      const values = [valueOf(node.value, variables)].flat().filter((v): v is string => typeof v === "string");
      if (connection) {
        for (const v of values)
          if (!fitsConnection(schema, connection, v))
            throw new AppError("BAD_USER_INPUT", `\`${name}\` is not a cursor this API gave out.`, { argument: name, httpStatus: 400 });
      }
      if (globalId) {
        for (const v of values)
          if (!isGlobalId(schema, v, reading))
            throw new AppError("BAD_USER_INPUT", `\`${name}\` is not a global id of this API: ${JSON.stringify(v)}.`, {
              argument: name,
              httpStatus: 400,
            });
      }
    }
  },
  async didEncounterErrors({ errors, document }) {
    if (!document) return;
    for (const error of errors) {
      const code = error.extensions?.code;
      if ((code !== "BAD_USER_INPUT" && code !== "GRAPHQL_VALIDATION_FAILED") || error.extensions?.argument) continue;
      const argument = argumentAtFault(document, error);
      // The error is on its way to formatError; adding the path here is how it reaches the client.
      if (argument) (error.extensions as Record<string, unknown>).argument = argument;
    }
  },
};

/** Argument and input-field names from an argument down to a value node, list indices left out. */
function pathsOfValues(document: DocumentNode): { node: ASTNode; path: string }[] {
  const found: { node: ASTNode; path: string }[] = [];
  const walk = (value: ValueNode, path: string) => {
    found.push({ node: value, path });
    if (value.kind === Kind.LIST) for (const v of value.values) walk(v, path);
    if (value.kind === Kind.OBJECT) for (const f of value.fields) walk(f.value, `${path}.${f.name.value}`);
  };
  visit(document, {
    Argument(node: ArgumentNode) {
      walk(node.value, node.name.value);
      return false;
    },
  });
  return found;
}

/** The argument path an input error is about, from its location (literals) or its variable (variables). */
export function argumentAtFault(document: DocumentNode, error: GraphQLError): string | undefined {
  const values = pathsOfValues(document);
  const variable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([^"]+)")?;/.exec(error.message);
  if (variable) {
    const [, name, at] = variable;
    const usage = values.find((v) => v.node.kind === Kind.VARIABLE && v.node.name.value === name);
    if (!usage) return undefined;
    // `at "f.stated.from"` walks into the variable's value: drop its name and list indices.
    const inner = (at ?? "")
      .split(".")
      .slice(1)
      .map((p) => p.replace(/\[\d+\]/g, ""))
      .filter(Boolean);
    return [usage.path.replace(/\[\d+\]/g, ""), ...inner].join(".");
  }
  const location = error.locations?.[0];
  if (!location) return undefined;
  const at = values.filter((v) => v.node.loc && v.node.loc.startToken.line === location.line && v.node.loc.startToken.column === location.column);
  return at.at(-1)?.path;
}
