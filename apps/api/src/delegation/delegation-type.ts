// Delegations: who represented a party at a round, and its members.
import { EvidenceNode } from "../evidence/evidence-type.js";
import { builder } from "../graphql/builder.js";
import { AttendanceEnum, DelegationRoleEnum, EditorialStatusEnum } from "../graphql/enums.js";
import { delegationVisibility, QUOTE_LINK, visible, visibleQuoteOrNull } from "../visibility/visibility.js";

builder.prismaNode("Delegation", {
  id: { field: "id" },
  // node(id:) applies the published-only rule (round and party included); hidden or missing: null.
  findUnique: (id, ctx) => ({ id, AND: [delegationVisibility(ctx)] }),
  nullable: true,
  select: { id: true },
  description: "Who represented a party at a round.",
  fields: (t) => ({
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Increases with every edit; send it back when editing (optimistic concurrency)." }),
    note: t.exposeString("note", { nullable: true, description: "Editors' note." }),
    round: t.relation("round", { description: "The round." }),
    party: t.relation("party", { description: "The party represented." }),
    members: t.relation("members", {
      description: "Members, head first.",
      query: (_args, ctx) => ({ where: { person: visible(ctx) }, orderBy: [{ role: "asc" }, { id: "asc" }] }),
    }),
  }),
});

builder.prismaObject("DelegationMember", {
  description: "A member of a delegation.",
  fields: (t) => ({
    role: t.expose("role", { type: DelegationRoleEnum, description: "Head, member or adviser." }),
    attendance: t.expose("attendance", { type: AttendanceEnum, description: "How certain the sources are that this person attended." }),
    person: t.relation("person", { description: "The delegate." }),
    delegation: t.relation("delegation", { description: "The delegation: its round and the party represented." }),
    evidence: t.field({
      type: EvidenceNode,
      nullable: true,
      description: "The quote naming this delegate.",
      select: (_args, _ctx, nested) => ({ evidence: nested(QUOTE_LINK) }),
      resolve: (m, _args, ctx) => visibleQuoteOrNull(ctx, m.evidence),
    }),
  }),
});
