// Prisma CLI configuration. The CLI is used only for `prisma generate` here: migrations run on the
// WebAssembly schema engine through packages/db (see ARCHITECTURE.md), because the CLI's native engine
// cannot be downloaded on every machine. `prisma migrate deploy` still works wherever it can.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Only the migrate commands read this; generation needs no database.
    // eslint-disable-next-line no-restricted-properties
    url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/parley",
  },
});
