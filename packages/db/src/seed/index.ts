import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "../client.js";
import { seedDirFromEnv } from "../env.js";
import { planSeed } from "./plan.js";
import { writeSeed, type SeedCounts } from "./write.js";

export { planSeed, SeedValidationError, type SeedPlan } from "./plan.js";
export type { SeedCounts } from "./write.js";

/** The curated corpus data set shipped with the repository. */
export const DEFAULT_SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../seed");

/** Validates the whole data set, then loads it in one transaction. Idempotent. */
export async function seedDatabase(db: Db, seedDir = seedDirFromEnv() ?? DEFAULT_SEED_DIR): Promise<SeedCounts> {
  const plan = await planSeed(seedDir);
  return writeSeed(db, plan);
}
