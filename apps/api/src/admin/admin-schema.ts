// Administration over GraphQL: users, roles, sessions and partner API keys (administrators only: every
// field here declares the `admin` scope of access/access.ts).
import { builder } from "../graphql/builder.js";
import { actorOf } from "../access/access.js";
import { addUser, disableUser, issueApiKey, revokeApiKey, revokeSessions, setUserRole } from "./manage-accounts.js";
import { isApiKeyScope } from "../platform/security/api-keys.js";

const RoleEnum = builder.enumType("Role", {
  description: "What a user may do: ADMIN everything, EDITOR edit and publish, ANALYST read drafts.",
  values: ["ADMIN", "EDITOR", "ANALYST"] as const,
});

const ApiKeyScopeEnum = builder.enumType("ApiKeyScope", {
  description: "What a partner key may do. Keys never write, whatever their scopes.",
  values: {
    READ_PUBLISHED: { value: "read:published", description: "Query published records." },
    READ_SCHEMA: { value: "read:schema", description: "Introspect the schema (__schema, __type)." },
  } as const,
});

builder.prismaObject("User", {
  description: "A staff account.",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Account id." }),
    name: t.exposeString("name", { description: "Display name." }),
    email: t.exposeString("email", { description: "Sign-in email." }),
    role: t.expose("role", { type: RoleEnum, description: "Role." }),
    disabled: t.boolean({ description: "Whether the account is disabled.", resolve: (u) => u.disabledAt !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
  }),
});

builder.prismaObject("ApiKey", {
  description: "A partner application's key (the secret itself is never shown again).",
  fields: (t) => ({
    id: t.exposeID("id", { description: "Key id." }),
    name: t.exposeString("name", { description: "What it is for." }),
    prefix: t.exposeString("prefix", { description: "Its first characters, to tell keys apart." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], description: "What it may do.", resolve: (k) => k.scopes.filter(isApiKeyScope) }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "When it was last used (to the minute)." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When it expires." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When it was revoked." }),
  }),
});

const CreatedKeyRef = builder.objectRef<{ key: string; id: string }>("CreatedApiKey").implement({
  description: "A new API key. `key` is shown only in this response.",
  fields: (t) => ({
    key: t.exposeString("key", { description: "The secret: send it as the x-api-key header. Store it now." }),
    apiKey: t.prismaField({
      type: "ApiKey",
      description: "The key's record.",
      resolve: (query, k, _args, ctx) => ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: k.id } }),
    }),
  }),
});

builder.queryFields((t) => ({
  users: t.prismaField({
    type: ["User"],
    description: "Staff accounts (administrators only).",
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.db.user.findMany({ ...query, orderBy: { email: "asc" } }),
  }),
  apiKeys: t.prismaField({
    type: ["ApiKey"],
    description: "Partner API keys (administrators only).",
    authScopes: { admin: true },
    resolve: (query, _root, _args, ctx) => ctx.db.apiKey.findMany({ ...query, orderBy: { createdAt: "desc" } }),
  }),
}));

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: "User",
    description: "Creates a staff account (administrators only).",
    authScopes: { admin: true },
    args: {
      email: t.arg.string({ required: true, description: "Sign-in email." }),
      name: t.arg.string({ required: true, description: "Display name." }),
      role: t.arg({ type: RoleEnum, required: true, description: "Role." }),
      password: t.arg.string({ required: true, description: "Initial password (12+ characters)." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      const id = await addUser(ctx.db, ctx.auth, actor, { ...args });
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  setUserRole: t.prismaField({
    type: "User",
    description: "Changes a user's role (administrators only; the last administrator stays one).",
    authScopes: { admin: true },
    args: { userId: t.arg.string({ required: true, description: "Account id." }), role: t.arg({ type: RoleEnum, required: true, description: "New role." }) },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await setUserRole(ctx.db, actor, args.userId, args.role);
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id: args.userId } });
    },
  }),
  setUserDisabled: t.prismaField({
    type: "User",
    description: "Disables (ending all its sessions) or re-enables an account (administrators only).",
    authScopes: { admin: true },
    args: {
      userId: t.arg.string({ required: true, description: "Account id." }),
      disabled: t.arg.boolean({ required: true, description: "Disable (true) or enable." }),
    },
    resolve: async (query, _root, args, ctx) => {
      const actor = actorOf(ctx);
      await disableUser(ctx.db, actor, args.userId, args.disabled);
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id: args.userId } });
    },
  }),
  revokeSessions: t.int({
    description: "Ends every session of a user (administrators only); returns how many were ended.",
    authScopes: { admin: true },
    args: { userId: t.arg.string({ required: true, description: "Account id." }) },
    resolve: (_root, args, ctx) => revokeSessions(ctx.db, actorOf(ctx), args.userId),
  }),
  createApiKey: t.field({
    type: CreatedKeyRef,
    description: "Creates a partner API key; the secret is in this response only (administrators only).",
    authScopes: { admin: true },
    args: {
      name: t.arg.string({ required: true, description: "What it is for." }),
      expiresInDays: t.arg.int({ required: false, description: "Days until it expires (default: never)." }),
      scopes: t.arg({ type: [ApiKeyScopeEnum], required: false, description: "What it may do (default: every scope)." }),
    },
    resolve: (_root, args, ctx) => issueApiKey(ctx.db, actorOf(ctx), args),
  }),
  revokeApiKey: t.prismaField({
    type: "ApiKey",
    description: "Revokes a partner API key at once (administrators only).",
    authScopes: { admin: true },
    args: { id: t.arg.string({ required: true, description: "Key id." }) },
    resolve: async (query, _root, args, ctx) => {
      await revokeApiKey(ctx.db, actorOf(ctx), args.id);
      return ctx.db.apiKey.findUniqueOrThrow({ ...query, where: { id: args.id } });
    },
  }),
}));
