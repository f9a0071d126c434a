// `pnpm db:seed`: validates the seed data and loads it into DATABASE_URL (or the embedded database).
import { openDatabase } from "../database.js";
import { seedDatabase } from "../seed/index.js";
import { runCli } from "./run.js";

runCli(async () => {
  const database = await openDatabase({ seedIfEmpty: false, log: (line) => console.log(line) });
  try {
    const counts = await seedDatabase(database.db);
    const inserted = Object.entries(counts).filter(([, n]) => n > 0);
    console.log(
      inserted.length === 0
        ? "seed: nothing to insert, the database already holds the seed data"
        : `seed: inserted ${inserted.map(([k, n]) => `${n} ${k}`).join(", ")}`,
    );
  } finally {
    await database.close();
  }
});
