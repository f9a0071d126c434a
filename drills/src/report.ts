// Writes the drills' figures into docs/reliability.md, between its markers; the hand-written parts of the
// page (what each figure means, graphql-cop's result) stay as they are.
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { EditorsResult } from "./editors.js";
import type { FuzzResult } from "./fuzz.js";
import type { KillResult } from "./kill.js";
import type { RestartResult } from "./restart.js";
import type { SoakResult } from "./soak.js";

export interface DrillResults {
  seed: number;
  /** The machine's 1-minute load average when the run began and ended (other work shares it). */
  load: [number, number];
  postgres: string;
  startTimes: { label: string; ms: number }[];
  fuzz: FuzzResult;
  editors: EditorsResult;
  kills: KillResult[];
  restart: RestartResult;
  soak: SoakResult;
  seconds: number;
}

const BEGIN = "<!-- drills:begin (written by `pnpm --filter @parley/drills drills`; edit outside these markers) -->";
const END = "<!-- drills:end -->";

const counts = (c: Record<string, number>) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n.toLocaleString("en")}`)
    .join(", ");

export function machine(): string {
  const cpus = os.cpus();
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
}

export function renderResults(r: DrillResults): string {
  const lines = [
    BEGIN,
    "",
    `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine()}; PostgreSQL: ${r.postgres}. Seed ${r.seed}; the whole run took ${Math.round(r.seconds)} s.`,
    `The machine is shared: its load average was ${r.load[0].toFixed(1)} when the run began and ${r.load[1].toFixed(1)} when it ended, so times are upper bounds (an idle machine starts faster).`,
    "",
    "### Start to first answer",
    "",
    "| Start | ms |",
    "| --- | ---: |",
    ...r.startTimes.map((s) => `| ${s.label} | ${s.ms.toLocaleString("en")} |`),
    "",
    "### Fuzzer",
    "",
    `- ${r.fuzz.requests.toLocaleString("en")} hostile requests in ${r.fuzz.seconds} s, 8 at a time; **${r.fuzz.serverErrors} answered 5xx, ${r.fuzz.notJson} not JSON** (${r.fuzz.retried} sent twice: the connection closed without an answer the first time).`,
    `- Tables changed: **${r.fuzz.changedTables.length === 0 ? "none" : r.fuzz.changedTables.join(", ")}** (checksum of every table before and after: \`${r.fuzz.checksum.slice(0, 16)}…\`).`,
    `- By status: ${counts(r.fuzz.byStatus)}.`,
    `- By \`extensions.code\`: ${counts(r.fuzz.byCode)}.`,
    `- By kind: ${counts(r.fuzz.byCategory)}.`,
    ...(r.fuzz.examples.length > 0 ? ["- Failures:", ...r.fuzz.examples.map((e) => `  - \`${e.replaceAll("`", "'")}\``)] : []),
    "",
    "### Concurrent editors on one record",
    "",
    `${r.editors.editors} editors, each reading the version and saving against it (retrying on CONFLICT): ${r.editors.attempts} saves tried, ${r.editors.conflicts} conflicts, **${r.editors.lost} lost updates**; final version ${r.editors.finalVersion} (expected ${r.editors.expectedVersion}), ${r.editors.seconds} s.`,
    "",
    "### `kill -9` during writes",
    "",
    "| Database | Acknowledged writes | Found after restart | Lost | Partial records | Restart to first answer (ms) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...r.kills.map((k) => `| ${k.database} | ${k.acknowledged} | ${k.found} | **${k.lost}** | **${k.partial}** | ${k.restartMs.toLocaleString("en")} |`),
    "",
    "Found can exceed acknowledged: a write can commit after the API was killed and before its answer was sent.",
    "",
    "### Database restart under load",
    "",
    `PostgreSQL (a throw-away cluster) stopped and started again while ${r.restart.acknowledged.toLocaleString("en")} writes were acknowledged: down ${r.restart.downMs} ms, **first acknowledged write ${r.restart.recoveryMs} ms after the stop**, **${r.restart.lost} acknowledged writes lost**, ${r.restart.partial} partial.`,
    `Writes answered: ${counts(r.restart.statuses)}; reads answered: ${counts(r.restart.readStatuses)}.`,
    ...(r.restart.unexpected.length > 0 ? ["Unexpected answers:", ...r.restart.unexpected.map((e) => `- \`${e.replaceAll("`", "'")}\``)] : []),
    "",
    "### Soak",
    "",
    `${r.soak.seconds} s of mixed reads and a few writes (anonymous, partner, editor): ${r.soak.requests.toLocaleString("en")} requests, ${r.soak.failures} failures.`,
    `Resident memory: first quarter ${r.soak.firstQuarterMb} MB, last quarter ${r.soak.lastQuarterMb} MB, peak ${r.soak.maxMb} MB (sampled every second: ${r.soak.samples.filter((_, i) => i % Math.max(1, Math.floor(r.soak.samples.length / 12)) === 0).join(", ")}).`,
    "",
    END,
  ];
  return lines.join("\n");
}

export function writeReport(file: string, results: DrillResults): void {
  const page = readFileSync(file, "utf8");
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file} has no drills markers`);
  writeFileSync(file, `${page.slice(0, start)}${renderResults(results)}${page.slice(end + END.length)}`);
}
