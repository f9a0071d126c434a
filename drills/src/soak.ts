// A soak: steady mixed reads (anonymous, partner, editor) with a few writes, the API's resident memory
// sampled every second. Memory that keeps climbing is a leak; the figures go in the report.
import type { ApiProcess } from "./api-process.js";
import { gql } from "./fixtures.js";

export interface SoakResult {
  seconds: number;
  requests: number;
  failures: number;
  /** Resident memory (MB) sampled once a second. */
  samples: number[];
  firstQuarterMb: number;
  lastQuarterMb: number;
  maxMb: number;
}

const READS = [
  "{ parties(first: 20) { edges { node { slug name positions(first: 5) { edges { node { stance summary } } } } } } }",
  '{ round(slug: "abu-dhabi-2") { title } }',
  "{ positions(first: 50) { totalCount edges { node { stance party { slug } topic { slug } } } } }",
  '{ searchArticles(query: "Donbas") { totalCount } }',
  "{ articles { totalCount edges { node { title } } } }",
];

const mean = (values: number[]) => (values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

export async function soak(options: { api: ApiProcess; key: string; cookie: string; seconds: number; concurrency: number; tag: string }): Promise<SoakResult> {
  const samples: number[] = [];
  const deadline = performance.now() + options.seconds * 1000;
  const sampler = setInterval(() => samples.push(Math.round(options.api.rssMb() * 10) / 10), 1000);
  let requests = 0;
  let failures = 0;
  const worker = async (w: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const who = (w + n) % 3;
      const headers: Record<string, string> = who === 0 ? {} : who === 1 ? { "x-api-key": options.key } : { cookie: options.cookie };
      const write = who === 2 && n % 25 === 0;
      const answer = write
        ? await gql(
            options.api.base,
            `mutation($i: PartyInput!) { createParty(input: $i) { id } }`,
            { i: { slug: `drill-soak-${options.tag}-${w}-${n}`, name: "Soak", kind: "OTHER" } },
            headers,
          )
        : await gql(options.api.base, READS[n % READS.length] ?? "{ __typename }", {}, headers);
      requests += 1;
      if (answer.status !== 200 || answer.body?.errors) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  clearInterval(sampler);
  const quarter = Math.max(1, Math.floor(samples.length / 4));
  return {
    seconds: options.seconds,
    requests,
    failures,
    samples,
    firstQuarterMb: mean(samples.slice(0, quarter)),
    lastQuarterMb: mean(samples.slice(-quarter)),
    maxMb: Math.max(0, ...samples),
  };
}
