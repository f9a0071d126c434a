#!/usr/bin/env node
// A partner app's first query: pages through every published position on the Donbas with the quotes
// behind each, using an API key.
//
//   PARLEY_API_KEY=pk_… node examples/partner-query.mjs [http://127.0.0.1:4000/graphql]
//
// Get a key with `pnpm api-key:create --name "My app"` (shown once; only its hash is stored).
const url = process.argv[2] ?? "http://127.0.0.1:4000/graphql";
const key = process.env.PARLEY_API_KEY;
if (!key) {
  console.error('Set PARLEY_API_KEY (create one with: pnpm api-key:create --name "My app").');
  process.exit(2);
}

const QUERY = /* GraphQL */ `
  query DonbasPositions($after: String) {
    positions(first: 10, after: $after, filter: { topic: "donbas" }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          stance
          movement
          summary
          stated {
            text
          }
          party {
            name
          }
          evidence {
            quote
            translation
            attribution
            article {
              title
              url
              published {
                text
              }
            }
          }
        }
      }
    }
  }
`;

let after = null;
let page = 0;
do {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": key },
    body: JSON.stringify({ query: QUERY, variables: { after } }),
  });
  console.error(`page ${++page}: HTTP ${response.status}, rate limit remaining ${response.headers.get("ratelimit-remaining")}`);
  const { data, errors } = await response.json();
  if (errors) {
    console.error(JSON.stringify(errors, null, 2));
    process.exit(1);
  }
  for (const { node } of data.positions.edges) {
    console.log(`${node.stated.text.padEnd(12)} ${node.party.name.padEnd(14)} ${node.stance.padEnd(11)} ${node.movement.padEnd(9)} ${node.summary}`);
    for (const e of node.evidence) console.log(`    “${e.quote}” — ${e.article.title} (${e.attribution})`);
  }
  after = data.positions.pageInfo.hasNextPage ? data.positions.pageInfo.endCursor : null;
} while (after);
