// Services speak in column-like names (`toPartyId`, `evidenceIds`); clients wrote GraphQL inputs (`to`,
// `evidence`). Every editing and admin input follows one convention, so one map turns a service path
// into the path the client knows, for `extensions.field` and messages alike.
const GRAPHQL_NAMES: Readonly<Record<string, string>> = {
  agendaTopicIds: "agenda",
  articleId: "article",
  authorPartyId: "authorParty",
  evidenceId: "evidence",
  evidenceIds: "evidence",
  fromPartyId: "from",
  outletId: "outlet",
  parentId: "parent",
  partyId: "party",
  personId: "person",
  processId: "process",
  proposalVersionId: "proposalVersion",
  roundId: "round",
  speakerId: "speaker",
  speakerPersonId: "speaker",
  speakerPartyId: "speakerParty",
  toPartyId: "to",
  topicId: "topic",
};

/** The GraphQL name of one service field (names without an entry are the same on both sides). */
export const graphqlName = (field: string): string => GRAPHQL_NAMES[field] ?? field;

/** A service path (`["roles", 0, "partyId"]`) as the client's input path (`["roles", "0", "party"]`). */
export const graphqlPath = (path: readonly PropertyKey[]): string[] => path.map((p) => (typeof p === "string" ? graphqlName(p) : String(p)));
