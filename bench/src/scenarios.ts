// The benchmark's scenarios: a GraphQL request each, its rate and target, and a hand-written SQL query
// returning the same data (the floor the API is compared with).
export interface Fixtures {
  partySlug: string;
  partyGlobalId: string;
  topicSlug: string;
  topicGlobalId: string;
  evidenceGlobalId: string;
  roundA: string;
  roundB: string;
  positionGlobalId: string;
  positionId: string;
  alias: string;
  searchWords: string;
  /** Parties by slug and id, for varied partner reads. */
  parties: { slug: string; id: string }[];
  /** endCursor of the first pages of the positions list, fetched from each server once it runs. */
  parleyCursors: string[];
  peerCursors: string[];
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Scenario {
  name: string;
  rate: number;
  editor?: boolean;
  target?: { p95: number; p99?: number };
  request(f: Fixtures): GraphQLRequest;
  /** Many requests of the same shape (cursors, filters, parties), sent in turn instead of `request`. */
  variants?(f: Fixtures): GraphQLRequest[];
  /** The same read from the peer (PostGraphile on the same database, the same published-only condition). */
  peer?(f: Fixtures): GraphQLRequest;
  peerVariants?(f: Fixtures): GraphQLRequest[];
  floor?(f: Fixtures): { sql: string; values: unknown[] };
}

const STANCES = ["SUPPORTS", "OPPOSES", "CONDITIONAL", "OPEN_TO", "DEMANDS", "REJECTS"];

// The peer's published-only condition, as its clients would write it (PostGraphile has no rule of its own):
// the position's own status and deletion; Parley also hides positions on hidden parties and topics.
const PEER_PUBLISHED = `status: PUBLISHED, deletedAt: null`;
const PARTNER_FIELDS = `id stance summary stated { on } party { name } topic { name } evidence { quote article { title } }`;
const PEER_PARTNER_FIELDS = `id stance summary statedOn datePrecision partyByPartyId { name } topicByTopicId { name } positionEvidencesByPositionId { nodes { evidenceByEvidenceId { quote articleByArticleId { title } } } }`;

/** Partner reads as real traffic makes them: pages further down the list, one party's positions, one stance. */
function partnerVariants(f: Fixtures): GraphQLRequest[] {
  const query = `query($after: String, $f: PositionFilter) { positions(first: 100, after: $after, filter: $f) { totalCount edges { node { ${PARTNER_FIELDS} } } } }`;
  return [
    ...f.parleyCursors.map((after) => ({ query, variables: { after } })),
    ...f.parties.map((p) => ({ query, variables: { f: { parties: [p.slug] } } })),
    ...STANCES.map((stance) => ({ query, variables: { f: { stances: [stance] } } })),
  ];
}

function peerPartnerVariants(f: Fixtures): GraphQLRequest[] {
  const query = `query($after: Cursor, $c: PositionCondition!) { allPositions(first: 100, after: $after, orderBy: [STATED_ON_ASC, ID_ASC], condition: $c) { totalCount edges { node { ${PEER_PARTNER_FIELDS} } } } }`;
  const published = { status: "PUBLISHED", deletedAt: null };
  return [
    ...f.peerCursors.map((after) => ({ query, variables: { after, c: published } })),
    ...f.parties.map((p) => ({ query, variables: { c: { ...published, partyId: p.id } } })),
    ...STANCES.map((stance) => ({ query, variables: { c: { ...published, stance } } })),
  ];
}

const published = (alias?: string) =>
  alias ? `${alias}.status = 'PUBLISHED' AND ${alias}."deletedAt" IS NULL` : `status = 'PUBLISHED' AND "deletedAt" IS NULL`;

export const scenarios: Scenario[] = [
  {
    name: "Partner list (positions, 3 levels, 100 rows)",
    rate: 200,
    target: { p95: 50, p99: 100 },
    request: () => ({ query: `{ positions(first: 100) { totalCount edges { node { ${PARTNER_FIELDS} } } } }` }),
    peer: () => ({
      query: `{ allPositions(first: 100, orderBy: [STATED_ON_ASC, ID_ASC], condition: { ${PEER_PUBLISHED} }) { totalCount edges { node { ${PEER_PARTNER_FIELDS} } } } }`,
    }),
    floor: () => ({
      sql: `SELECT p.id, p.stance, p.summary, p."statedOn", pa.name AS party, t.name AS topic,
              (SELECT json_agg(json_build_object('quote', e.quote, 'title', a.title)) FROM "PositionEvidence" pe JOIN "Evidence" e ON e.id = pe."evidenceId" JOIN "Article" a ON a.id = e."articleId" WHERE pe."positionId" = p.id) AS evidence,
              (SELECT count(*) FROM "Position" c WHERE ${published("c")}) AS total
            FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Topic" t ON t.id = p."topicId"
            WHERE ${published("p")} ORDER BY p."statedOn" ASC NULLS LAST, p.id LIMIT 100`,
      values: [],
    }),
  },
  {
    name: "Partner list, varied (pages, parties, stances)",
    rate: 200,
    target: { p95: 50, p99: 100 },
    request: (f) => partnerVariants(f)[0] ?? { query: `{ positions(first: 100) { totalCount } }` },
    variants: partnerVariants,
    peer: (f) => peerPartnerVariants(f)[0] ?? { query: `{ allPositions(first: 100) { totalCount } }` },
    peerVariants: peerPartnerVariants,
  },
  {
    name: "Simple list (20 rows)",
    rate: 200,
    target: { p95: 50, p99: 100 },
    request: () => ({ query: `{ positions(first: 20) { edges { node { id stance summary } } } }` }),
    peer: () => ({
      query: `{ allPositions(first: 20, orderBy: [STATED_ON_ASC, ID_ASC], condition: { ${PEER_PUBLISHED} }) { edges { node { id stance summary } } } }`,
    }),
    floor: () => ({
      sql: `SELECT p.id, p.stance, p.summary FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Topic" t ON t.id = p."topicId"
            WHERE ${published("p")} AND ${published("pa")} AND ${published("t")} ORDER BY p."statedOn" ASC NULLS LAST, p.id LIMIT 21`,
      values: [],
    }),
  },
  {
    name: "Single record by id (node)",
    rate: 200,
    target: { p95: 50, p99: 100 },
    request: (f) => ({
      query: `query($id: ID!) { node(id: $id) { ... on Position { id stance summary party { name } topic { name } } } }`,
      variables: { id: f.positionGlobalId },
    }),
    // By primary key with the same condition (PostGraphile's positionById takes no condition).
    peer: (f) => ({
      query: `query($id: UUID!) { allPositions(first: 1, condition: { id: $id, ${PEER_PUBLISHED} }) { nodes { id stance summary partyByPartyId { name } topicByTopicId { name } } } }`,
      variables: { id: f.positionId },
    }),
    floor: (f) => ({
      sql: `SELECT p.id, p.stance, p.summary, pa.name, t.name FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId" JOIN "Topic" t ON t.id = p."topicId" WHERE p.id = $1`,
      values: [f.positionId],
    }),
  },
  {
    name: "Timeline (party × topic subtree)",
    rate: 50,
    target: { p95: 100 },
    request: (f) => ({
      query: `query($p: String!, $t: String!) { timeline(party: $p, topic: $t) { entries { at { on } movement position { stance summary evidence { quote } } demand { summary } } } }`,
      variables: { p: f.partySlug, t: f.topicSlug },
    }),
    floor: (f) => ({
      sql: `WITH scope AS (SELECT id FROM "Topic" WHERE path = $2 OR path LIKE $2 || '/%')
            SELECT p.id, p.stance, p.summary, p."statedOn", p.movement,
              (SELECT json_agg(e.quote) FROM "PositionEvidence" pe JOIN "Evidence" e ON e.id = pe."evidenceId" WHERE pe."positionId" = p.id)
            FROM "Position" p JOIN "Party" pa ON pa.id = p."partyId"
            WHERE pa.slug = $1 AND p."topicId" IN (SELECT id FROM scope) AND ${published("p")}
            ORDER BY p."statedOn"`,
      values: [f.partySlug, f.topicSlug],
    }),
  },
  {
    name: "Comparison (parties × topics at a round)",
    rate: 50,
    target: { p95: 100 },
    request: (f) => ({
      query: `query($r: String!) { comparison(at: { round: $r }) { cells { party { name } topic { name } stance summary evidenceCount stated { on } } } }`,
      variables: { r: f.roundB },
    }),
    floor: (f) => ({
      sql: `SELECT DISTINCT ON (p."partyId", p."topicId") p."partyId", p."topicId", p.stance, p.summary, p."statedOn",
              (SELECT count(*) FROM "PositionEvidence" pe WHERE pe."positionId" = p.id)
            FROM "Position" p WHERE ${published("p")} AND p."statedOn" <= (SELECT coalesce("endDate", "startDate") FROM "Round" WHERE slug = $1)
              AND p."partyId" IN (SELECT rp."partyId" FROM "RoundParticipant" rp JOIN "Round" r ON r.id = rp."roundId" WHERE r.slug = $1)
            ORDER BY p."partyId", p."topicId", p."statedOn" DESC, p.id DESC`,
      values: [f.roundB],
    }),
  },
  {
    name: "Diff between two rounds",
    rate: 50,
    target: { p95: 100 },
    request: (f) => ({
      query: `query($a: String!, $b: String!) { diff(from: { round: $a }, to: { round: $b }) { party { name } topic { name } change before { stance } after { stance } } }`,
      variables: { a: f.roundA, b: f.roundB },
    }),
    floor: (f) => ({
      sql: `WITH at AS (SELECT DISTINCT rp."partyId" FROM "RoundParticipant" rp JOIN "Round" r ON r.id = rp."roundId" WHERE r.slug IN ($1, $2)),
                 a AS (SELECT DISTINCT ON ("partyId", "topicId") "partyId", "topicId", stance FROM "Position" WHERE ${published()} AND "partyId" IN (SELECT "partyId" FROM at) AND "statedOn" <= (SELECT coalesce("endDate", "startDate") FROM "Round" WHERE slug = $1) ORDER BY "partyId", "topicId", "statedOn" DESC, id DESC),
                 b AS (SELECT DISTINCT ON ("partyId", "topicId") "partyId", "topicId", stance FROM "Position" WHERE ${published()} AND "partyId" IN (SELECT "partyId" FROM at) AND "statedOn" <= (SELECT coalesce("endDate", "startDate") FROM "Round" WHERE slug = $2) ORDER BY "partyId", "topicId", "statedOn" DESC, id DESC)
            SELECT coalesce(a."partyId", b."partyId"), coalesce(a."topicId", b."topicId"), a.stance, b.stance FROM a FULL JOIN b USING ("partyId", "topicId")`,
      values: [f.roundA, f.roundB],
    }),
  },
  {
    name: "Sticking points (top 20)",
    rate: 50,
    target: { p95: 100 },
    request: () => ({
      query: `{ stickingPoints(asOf: "2026-03-01", first: 20) { topic { name } gap unmovedSince score positions { party { name } stance } } }`,
    }),
    floor: () => ({
      sql: `WITH latest AS (SELECT DISTINCT ON ("partyId", "topicId") "topicId",
                   CASE stance WHEN 'DEMANDS' THEN 3 WHEN 'SUPPORTS' THEN 2 WHEN 'CONDITIONAL' THEN 1 WHEN 'OPEN_TO' THEN 0 WHEN 'OPPOSES' THEN -2 ELSE -3 END AS score, "statedOn"
                 FROM "Position" WHERE ${published()} AND "statedOn" <= '2026-03-01' ORDER BY "partyId", "topicId", "statedOn" DESC, id DESC)
            SELECT "topicId", (max(score) - min(score)) / 6.0 AS gap, max("statedOn") FROM latest GROUP BY "topicId" HAVING count(*) > 1 ORDER BY gap DESC LIMIT 20`,
      values: [],
    }),
  },
  {
    name: "Article full-text search",
    rate: 50,
    target: { p95: 100 },
    request: (f) => ({
      query: `query($q: String!) { searchArticles(query: $q, first: 20) { totalCount edges { node { rank snippet article { title } } } } }`,
      variables: { q: f.searchWords },
    }),
    floor: (f) => ({
      // As the API does: match through the GIN index and rank on the title-and-lead vector (parley_article_search),
      // count every match, highlight only the page.
      sql: `WITH q AS (SELECT websearch_to_tsquery('dutch', $1) || websearch_to_tsquery('english', $1) || websearch_to_tsquery('simple', $1) AS q),
            m AS (SELECT a.* FROM q, parley_article_search(q.q) a WHERE ${published("a")}),
            hits AS (SELECT id, rank FROM m ORDER BY rank DESC, "publishedOn" DESC NULLS LAST, id LIMIT 20)
            SELECT h.id, a.title, h.rank, (SELECT count(*) FROM m) AS total, ts_headline(parley_regconfig(a.language), left(a.body, 2000), q) AS snippet
            FROM hits h JOIN "Article" a ON a.id = h.id, q ORDER BY h.rank DESC`,
      values: [f.searchWords],
    }),
  },
  {
    name: "Alias name search",
    rate: 50,
    target: { p95: 100 },
    request: (f) => ({ query: `query($q: String!) { searchNames(query: $q, kinds: [PERSON]) { matched score person { name } } }`, variables: { q: f.alias } }),
    floor: (f) => ({
      sql: `SELECT DISTINCT ON (o.id) o.id, o.name, a.name, similarity(a.normalized, lower($1)) FROM "PersonAlias" a JOIN "Person" o ON o.id = a."personId"
            WHERE (a.normalized % lower($1) OR a.normalized LIKE lower($1) || '%') AND ${published("o")} ORDER BY o.id, 4 DESC LIMIT 10`,
      values: [f.alias],
    }),
  },
  {
    name: "Editor mutation (createPosition)",
    rate: 20,
    editor: true,
    target: { p95: 100 },
    request: (f) => ({
      query: `mutation($input: PositionInput!) { createPosition(input: $input) { id movement } }`,
      variables: {
        input: {
          party: f.partyGlobalId,
          topic: f.topicGlobalId,
          stance: "OPPOSES",
          summary: "Benchmark position",
          stated: { on: "2026-03-01", precision: "DAY" },
          evidence: [f.evidenceGlobalId],
        },
      },
    }),
  },
];
