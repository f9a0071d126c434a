// What a drill starts from: a fresh database with the seed data on a PostgreSQL server, an editor account
// and a partner key, and the editor's session cookie from a real sign-in.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { applyMigrations, createPrismaClient, type Db } from "@parley/db";
import { seedDatabase } from "@parley/db/seed";
import { createAuth, createAuthClient, createUser } from "@parley/api/auth";
import { createApiKey } from "@parley/api/api-keys";

export interface DrillDatabase {
  url: string;
  db: Db;
  drop(): Promise<void>;
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDrillDatabase(serverUrl: string): Promise<DrillDatabase> {
  const name = `parley_drill_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  await applyMigrations(url);
  const db = createPrismaClient(url, { poolSize: 4 });
  await seedDatabase(db);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export const EDITOR = { email: "drill-editor@parley.test", password: "drill editor password" } as const;

export interface Credentials {
  key: string;
}

export async function createCredentials(db: Db, url: string): Promise<Credentials> {
  const authDb = createAuthClient(url);
  try {
    await createUser(createAuth(authDb), db, { email: EDITOR.email, name: "Drill editor", password: EDITOR.password, role: "EDITOR" });
  } finally {
    await authDb.$disconnect();
  }
  return { key: (await createApiKey(db, { name: "drill partner" })).key };
}

/** The session cookie of a real sign-in (as the dashboard's proxy would send it). */
export async function signIn(base: string, account: { email: string; password: string } = EDITOR): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(account),
  });
  if (response.status !== 200) throw new Error(`the drill editor could not sign in: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0];
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}

export interface GraphQLAnswer {
  status: number;
  json: boolean;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

export async function gql(base: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<GraphQLAnswer> {
  const response = await fetch(`${base}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  const json = (response.headers.get("content-type") ?? "").includes("json");
  let body: GraphQLAnswer["body"] = null;
  try {
    body = JSON.parse(text) as GraphQLAnswer["body"];
  } catch {
    body = null;
  }
  return { status: response.status, json, body };
}
