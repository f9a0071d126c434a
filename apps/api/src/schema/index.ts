// Builds the schema from one module per domain concept. Import order does not matter to Pothos.
import { builder } from "./builder.js";
import { describeRelayParts } from "./relay-descriptions.js";
import "./enums.js";
import "./partial-date.js";
import "./filters.js";
import "./party.js";
import "./person.js";
import "./topic.js";
import "./article.js";
import "./round.js";
import "./position.js";
import "./quote-connections.js";
import "./proposal.js";
import "./analysis.js";
import "./search.js";
import "./viewer.js";
import "./editing.js";
import "./history.js";
import "./catalog-editing.js";
import "./round-facts.js";
import "./admin.js";

export const schema = describeRelayParts(builder.toSchema({ sortSchema: true }));
