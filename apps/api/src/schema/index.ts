// Builds the schema from one module per domain concept. Import order does not matter to Pothos.
import { builder } from "../graphql/builder.js";
import { describeRelayParts } from "../graphql/relay-descriptions.js";
import "../graphql/enums.js";
import "../graphql/partial-date.js";
import "../graphql/filter-inputs.js";
import "../party/party-type.js";
import "../person/person-type.js";
import "../topic/topic-type.js";
import "../article/article-type.js";
import "../round/round-type.js";
import "../position/position-type.js";
import "../evidence/quote-connections.js";
import "../proposal/proposal-type.js";
import "../analysis/analysis-queries.js";
import "../search/search-queries.js";
import "../viewer/viewer-type.js";
import "../position/position-mutations.js";
import "../history/history-queries.js";
import "../record-engine/record-mutations.js";
import "../round/round-facts-mutations.js";
import "../admin/admin-schema.js";

export const schema = describeRelayParts(builder.toSchema({ sortSchema: true }));
