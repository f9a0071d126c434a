// Hot lists in one hand-written statement: the `findMany` arguments Pothos builds for a list (the client's
// selection in select mode, the list's where-clause with the visibility rule from visibility/, its order and
// cursor) compiled to one SQL statement that builds each row's JSON in PostgreSQL (json_build_object,
// json_agg), so the database returns exactly the page the query selects, shaped as Prisma would return it.
// Prisma's own relation loading reads and decodes about twice the bytes the answer needs. Anything this
// compiler does not know (an operator, a nested page, a BigInt column…) makes it answer null, and the caller
// runs the same arguments through Prisma: the result is the same either way.
import { Prisma, readRows, type Db } from "@parley/db";
import { getDatamodel } from "@parley/db/pothos-types";
import { markCompiled, newRowLevel, type RowLevel } from "./compiled-rows.js";

const models = getDatamodel().datamodel.models;
type Model = NonNullable<(typeof models)[string]>;
type Field = Model["fields"][number];

/** Models whose table has another name (@@map: the sign-in tables): never read here. */
const MAPPED = new Set(["User", "Session", "Account", "Verification"]);
/** Scalars whose JSON form is the value Prisma returns (DateTime is converted back to Date). */
const PLAIN_SCALARS = new Set(["String", "Int", "Float", "Boolean", "DateTime"]);
/** json_build_object takes at most 100 arguments. */
const MAX_KEYS = 50;

class Unsupported extends Error {}

function modelOf(name: string): Model {
  const model = models[name];
  if (!model || MAPPED.has(name)) throw new Unsupported(name);
  return model;
}

function fieldOf(model: Model, name: string): Field {
  const field = model.fields.find((f) => f.name === name);
  if (!field) throw new Unsupported(name);
  return field;
}

const ident = (name: string) => {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Unsupported(name);
  return Prisma.raw(`"${name}"`);
};

const column = (alias: string, name: string) => Prisma.sql`${Prisma.raw(alias)}.${ident(name)}`;

/** An enum value as a constant (planned once; a bound parameter would be cast on every row). */
function enumConstant(value: unknown): Prisma.Sql {
  if (typeof value !== "string" || !/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Unsupported(String(value));
  return Prisma.raw(`'${value}'`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** How a relation joins: the child's columns equal to the parent's. */
interface Join {
  target: string;
  /** Condition linking `child` (the target's alias) to `parent`. */
  on(parent: string, child: string): Prisma.Sql;
  list: boolean;
}

function idOf(model: Model): string {
  const ids = model.fields.filter((f) => f.isId);
  const id = ids[0];
  if (ids.length !== 1 || !id) throw new Unsupported("composite key");
  return id.name;
}

function joinOf(model: Model, field: Field): Join {
  if (field.kind !== "object") throw new Unsupported(field.name);
  const target = modelOf(field.type);
  const from = field.relationFromFields ?? [];
  if (from.length === 1 && from[0]) {
    // This side holds the key: to-one, the target's id.
    const key = from[0];
    const targetId = idOf(target);
    return { target: field.type, list: false, on: (parent, child) => Prisma.sql`${column(child, targetId)} = ${column(parent, key)}` };
  }
  if (from.length > 1) throw new Unsupported(field.name);
  // The other side holds the key (a list, or the back side of a one-to-one).
  const back = target.fields.find((f) => f.relationName === field.relationName && f !== field && (f.relationFromFields?.length ?? 0) === 1);
  const backKey = back?.relationFromFields?.[0];
  if (!back || !backKey) throw new Unsupported(field.name);
  const ownId = idOf(model);
  return { target: field.type, list: field.isList, on: (parent, child) => Prisma.sql`${column(child, backKey)} = ${column(parent, ownId)}` };
}

/** Aliases t0, t1… per statement. */
class Aliases {
  private n = 0;
  next(): string {
    return `t${++this.n}`;
  }
}

/** LIKE's wildcards escaped, as Prisma's `contains`/`startsWith` match the text as written. */
const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function value(field: Field, v: unknown): Prisma.Sql {
  if (field.kind === "enum") return enumConstant(v);
  if (!PLAIN_SCALARS.has(field.type) || field.isList) throw new Unsupported(field.type);
  if (v instanceof Date) return Prisma.sql`${v.toISOString()}`;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return Prisma.sql`${v}`;
  throw new Unsupported(field.name);
}

function scalarCondition(field: Field, col: Prisma.Sql, filter: unknown): Prisma.Sql {
  if (filter === null) return Prisma.sql`${col} IS NULL`;
  if (!isRecord(filter)) return Prisma.sql`${col} = ${value(field, filter)}`;
  const insensitive = filter.mode === "insensitive";
  const parts: Prisma.Sql[] = [];
  for (const [op, v] of Object.entries(filter)) {
    if (op === "mode") continue;
    switch (op) {
      case "equals":
        parts.push(v === null ? Prisma.sql`${col} IS NULL` : Prisma.sql`${col} = ${value(field, v)}`);
        break;
      case "not":
        parts.push(v === null ? Prisma.sql`${col} IS NOT NULL` : Prisma.sql`NOT (${scalarCondition(field, col, v)})`);
        break;
      case "in":
      case "notIn": {
        if (!Array.isArray(v)) throw new Unsupported(op);
        const list = v.length ? Prisma.join(v.map((x) => value(field, x))) : null;
        if (op === "in") parts.push(list ? Prisma.sql`${col} IN (${list})` : Prisma.sql`false`);
        else if (list) parts.push(Prisma.sql`${col} NOT IN (${list})`);
        break;
      }
      case "lt":
      case "lte":
      case "gt":
      case "gte": {
        const sign = { lt: "<", lte: "<=", gt: ">", gte: ">=" }[op];
        parts.push(Prisma.sql`${col} ${Prisma.raw(sign)} ${value(field, v)}`);
        break;
      }
      case "contains":
      case "startsWith":
      case "endsWith": {
        if (typeof v !== "string" || field.type !== "String") throw new Unsupported(op);
        const escaped = likeEscaped(v);
        const pattern = op === "contains" ? `%${escaped}%` : op === "startsWith" ? `${escaped}%` : `%${escaped}`;
        parts.push(Prisma.sql`${col} ${Prisma.raw(insensitive ? "ILIKE" : "LIKE")} ${pattern}`);
        break;
      }
      default:
        throw new Unsupported(op);
    }
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`;
}

/** A Prisma where-clause over `model` (rows under `alias`) as SQL. */
function whereSql(modelName: string, alias: string, where: unknown, aliases: Aliases): Prisma.Sql {
  if (where === undefined) return Prisma.sql`true`;
  if (!isRecord(where)) throw new Unsupported("where");
  const model = modelOf(modelName);
  const parts: Prisma.Sql[] = [];
  for (const [key, filter] of Object.entries(where)) {
    if (filter === undefined) continue;
    if (key === "AND" || key === "OR" || key === "NOT") {
      const list = (Array.isArray(filter) ? filter : [filter]).map((w) => Prisma.sql`(${whereSql(modelName, alias, w, aliases)})`);
      if (key === "AND") parts.push(list.length ? Prisma.join(list, " AND ") : Prisma.sql`true`);
      else if (key === "OR") parts.push(list.length ? Prisma.sql`(${Prisma.join(list, " OR ")})` : Prisma.sql`false`);
      else parts.push(list.length ? Prisma.sql`NOT (${Prisma.join(list, " OR ")})` : Prisma.sql`true`);
      continue;
    }
    const field = fieldOf(model, key);
    if (field.kind !== "object") {
      parts.push(scalarCondition(field, column(alias, key), filter));
      continue;
    }
    const join = joinOf(model, field);
    const child = aliases.next();
    const exists = (w: unknown) =>
      Prisma.sql`EXISTS (SELECT 1 FROM ${ident(join.target)} ${Prisma.raw(child)} WHERE ${join.on(alias, child)} AND ${whereSql(join.target, child, w, aliases)})`;
    if (join.list) {
      if (!isRecord(filter)) throw new Unsupported(key);
      const entries = Object.entries(filter);
      const [op, w] = entries[0] ?? [];
      if (entries.length !== 1 || (op !== "some" && op !== "none")) throw new Unsupported(key);
      parts.push(op === "some" ? exists(w) : Prisma.sql`NOT ${exists(w)}`);
    } else if (filter === null) {
      parts.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM ${ident(join.target)} ${Prisma.raw(child)} WHERE ${join.on(alias, child)})`);
    } else if (isRecord(filter) && ("is" in filter || "isNot" in filter)) {
      throw new Unsupported(key);
    } else {
      parts.push(exists(filter));
    }
  }
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`true`;
}

interface Order {
  field: Field;
  desc: boolean;
  nullsFirst: boolean;
}

function ordersOf(model: Model, orderBy: unknown): Order[] {
  if (orderBy === undefined) return [];
  return (Array.isArray(orderBy) ? orderBy : [orderBy]).flatMap((entry) => {
    if (!isRecord(entry)) throw new Unsupported("orderBy");
    return Object.entries(entry).map(([name, how]) => {
      const field = fieldOf(model, name);
      if (field.kind === "object") throw new Unsupported("orderBy relation");
      const sort = isRecord(how) ? how.sort : how;
      if (sort !== "asc" && sort !== "desc") throw new Unsupported("orderBy");
      const desc = sort === "desc";
      // PostgreSQL's default, which Prisma keeps: NULLS LAST ascending, NULLS FIRST descending.
      const nulls = isRecord(how) ? how.nulls : undefined;
      if (nulls !== undefined && nulls !== "first" && nulls !== "last") throw new Unsupported("nulls");
      return { field, desc, nullsFirst: nulls ? nulls === "first" : desc };
    });
  });
}

const orderSql = (alias: string, orders: Order[]) =>
  Prisma.join(
    orders.map(
      (o) => Prisma.sql`${column(alias, o.field.name)} ${Prisma.raw(o.desc ? "DESC" : "ASC")} ${Prisma.raw(o.nullsFirst ? "NULLS FIRST" : "NULLS LAST")}`,
    ),
    ", ",
  );

/** Rows after (or at, with `inclusive`) the cursor row in this order; no row at all when the cursor row is gone. */
function afterCursor(alias: string, cursorAlias: string, orders: Order[], inclusive: boolean): Prisma.Sql {
  const same = (o: Order) => Prisma.sql`${column(alias, o.field.name)} IS NOT DISTINCT FROM ${column(cursorAlias, o.field.name)}`;
  const later = (o: Order) => {
    const x = column(alias, o.field.name);
    const c = column(cursorAlias, o.field.name);
    const beyond = Prisma.raw(o.desc ? "<" : ">");
    return o.nullsFirst
      ? Prisma.sql`((${c} IS NULL AND ${x} IS NOT NULL) OR ${x} ${beyond} ${c})`
      : Prisma.sql`(${c} IS NOT NULL AND (${x} IS NULL OR ${x} ${beyond} ${c}))`;
  };
  const alternatives = orders.map((o, i) => Prisma.join([...orders.slice(0, i).map(same), later(o)], " AND "));
  if (inclusive) alternatives.push(Prisma.join(orders.map(same), " AND "));
  return Prisma.sql`(${Prisma.join(alternatives, " OR ")})`;
}

/** A DateTime (or date) column as the ISO instant Prisma's Date would print; read back with `new Date`. */
const jsonScalar = (alias: string, field: Field) =>
  field.type === "DateTime" ? Prisma.sql`to_char(${column(alias, field.name)}::timestamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : column(alias, field.name);

/** What a selection reads, kept to turn the JSON back into Prisma's values. */
type Shape = Map<string, { date: true } | { nested: Shape }>;

/** `select`/`include`/`true` of one model as a json_build_object over the row under `alias`. */
function objectSql(modelName: string, alias: string, selection: unknown, aliases: Aliases, shape: Shape): Prisma.Sql {
  const model = modelOf(modelName);
  const entries: [string, unknown][] = [];
  if (selection === true || (isRecord(selection) && selection.include !== undefined)) {
    for (const f of model.fields) if (f.kind !== "object") entries.push([f.name, true]);
    if (isRecord(selection) && isRecord(selection.include)) entries.push(...Object.entries(selection.include));
  } else if (isRecord(selection) && isRecord(selection.select)) {
    entries.push(...Object.entries(selection.select));
  } else {
    throw new Unsupported("selection");
  }
  const pairs: Prisma.Sql[] = [];
  for (const [key, sub] of entries) {
    if (sub === false || sub === undefined) continue;
    const field = fieldOf(model, key);
    if (field.kind !== "object") {
      if (sub !== true) throw new Unsupported(key);
      if (field.kind !== "enum" && (!PLAIN_SCALARS.has(field.type) || (field.isList && field.type === "DateTime"))) throw new Unsupported(field.type);
      pairs.push(Prisma.sql`${Prisma.raw(`'${field.name}'`)}, ${jsonScalar(alias, field)}`);
      if (field.type === "DateTime") shape.set(key, { date: true });
      continue;
    }
    const join = joinOf(model, field);
    const child = aliases.next();
    const nested: Shape = new Map();
    shape.set(key, { nested });
    const args = isRecord(sub) ? sub : {};
    for (const k of Object.keys(args)) if (!["select", "include", "where", "orderBy"].includes(k)) throw new Unsupported(k);
    const inner = objectSql(
      join.target,
      child,
      sub === true ? true : args.include !== undefined ? { include: args.include } : { select: args.select },
      aliases,
      nested,
    );
    const from = Prisma.sql`FROM ${ident(join.target)} ${Prisma.raw(child)} WHERE ${join.on(alias, child)} AND ${whereSql(join.target, child, args.where, aliases)}`;
    if (join.list) {
      const orders = ordersOf(modelOf(join.target), args.orderBy);
      const order = orders.length ? Prisma.sql` ORDER BY ${orderSql(child, orders)}` : Prisma.empty;
      pairs.push(Prisma.sql`${Prisma.raw(`'${field.name}'`)}, coalesce((SELECT json_agg(${inner}${order}) ${from}), '[]'::json)`);
    } else {
      if (args.where !== undefined || args.orderBy !== undefined) throw new Unsupported(key);
      pairs.push(Prisma.sql`${Prisma.raw(`'${field.name}'`)}, (SELECT ${inner} ${from} LIMIT 1)`);
    }
  }
  if (pairs.length === 0 || pairs.length > MAX_KEYS) throw new Unsupported("selection size");
  return Prisma.sql`json_build_object(${Prisma.join(pairs, ", ")})`;
}

/** The JSON row back as Prisma returns it: instants as Dates; it and its nested records marked compiled, by level. */
function revive(row: unknown, shape: Shape, levels: Map<Shape, RowLevel>): unknown {
  if (Array.isArray(row)) return row.map((r) => revive(r, shape, levels));
  if (!isRecord(row)) return row;
  let level = levels.get(shape);
  if (!level) levels.set(shape, (level = newRowLevel()));
  markCompiled(row, level);
  for (const [key, how] of shape) {
    const v = row[key];
    if ("date" in how) row[key] = typeof v === "string" ? new Date(v) : v;
    else row[key] = revive(v, how.nested, levels);
  }
  return row;
}

/** Whether the selection reads a relation (a nested object or list), where one statement gains. */
function selectsRelation(args: FindManyArgs): boolean {
  const selection = args.include ?? args.select;
  return args.include !== undefined || (isRecord(selection) && Object.values(selection).some((v) => isRecord(v)));
}

/** The arguments of a `findMany` this compiler reads (Pothos's select-mode query plus the list's own). */
export interface FindManyArgs {
  where?: unknown;
  orderBy?: unknown;
  select?: unknown;
  include?: unknown;
  take?: number;
  skip?: number;
  cursor?: unknown;
}

/** The statement for `findMany(args)` on `modelName`, and how to read its rows; null when not supported. */
export function leanFindManySql(modelName: string, args: FindManyArgs): { sql: Prisma.Sql; shape: Shape } | null {
  try {
    for (const k of Object.keys(args)) if (!["where", "orderBy", "select", "include", "take", "skip", "cursor"].includes(k)) throw new Unsupported(k);
    const model = modelOf(modelName);
    const aliases = new Aliases();
    const shape: Shape = new Map();
    const row = objectSql(modelName, "t0", args.include !== undefined ? { include: args.include } : { select: args.select }, aliases, shape);
    const orders = ordersOf(model, args.orderBy);
    const conditions = [whereSql(modelName, "t0", args.where, aliases)];
    let skip = args.skip ?? 0;
    let from = Prisma.sql`${ident(modelName)} t0`;
    if (args.cursor !== undefined) {
      const entries = isRecord(args.cursor) ? Object.entries(args.cursor) : [];
      const [name, id] = entries[0] ?? [];
      if (entries.length !== 1 || !name || typeof id !== "string" || name !== idOf(model) || !orders.some((o) => o.field.name === name))
        throw new Unsupported("cursor");
      if (skip > 1) throw new Unsupported("skip");
      from = Prisma.sql`${from} JOIN ${ident(modelName)} c0 ON ${column("c0", name)} = ${id}`;
      conditions.push(afterCursor("t0", "c0", orders, skip === 0));
      skip = 0;
    }
    const take = args.take;
    if (take !== undefined && (!Number.isInteger(take) || take < 0)) throw new Unsupported("take");
    const sql = Prisma.sql`SELECT ${row} AS r FROM ${from} WHERE ${Prisma.join(conditions, " AND ")}${orders.length ? Prisma.sql` ORDER BY ${orderSql("t0", orders)}` : Prisma.empty}${take !== undefined ? Prisma.sql` LIMIT ${take}` : Prisma.empty}${skip ? Prisma.sql` OFFSET ${skip}` : Prisma.empty}`;
    return { sql, shape };
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/**
 * `findMany(args)` in one statement when the compiler knows every part of it, else through Prisma (`prisma`).
 * The compiled rows have the shape Prisma's result has for the same arguments (the HTTP suite runs both).
 */
export async function leanFindMany<T>(db: Pick<Db, "$queryRaw">, modelName: string, args: FindManyArgs, prisma: () => Promise<T[]>): Promise<T[]> {
  const compiled = leanFindManySql(modelName, args);
  if (!compiled) return prisma();
  // On the client's pool directly (readRows): through Prisma's raw query a flat page cost more than its
  // plain select, measured; directly it costs less either way. A transaction client has no pool of its own.
  const rows = (await readRows<{ r: T }>(db, compiled.sql)) ?? (selectsRelation(args) ? await db.$queryRaw<{ r: T }[]>(compiled.sql) : null);
  if (!rows) return prisma();
  const levels = new Map<Shape, RowLevel>();
  return rows.map((row) => revive(row.r, compiled.shape, levels) as T);
}
