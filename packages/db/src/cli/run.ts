// Runs a command-line entry point: known failures print one line, never a stack trace.
import { ConfigError } from "../env.js";
import { DatabaseUnavailableError } from "../database.js";
import { SeedValidationError } from "../seed/index.js";
import { MigrationError } from "../migrations/apply.js";

const EXPECTED = [ConfigError, DatabaseUnavailableError, SeedValidationError, MigrationError];

export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (EXPECTED.some((type) => error instanceof type)) {
        console.error(`error: ${(error as Error).message}`);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
