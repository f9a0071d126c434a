// Events outside the talks (strikes, the humanitarian toll, the battlefield, treaties, technical measures):
// the GraphQL type, the events list, and the events on parties, topics and articles.
import { builder } from "../graphql/builder.js";
import { assertOwnCursor } from "../graphql/cursors.js";
import { EditorialStatusEnum, EventPartyRoleEnum, EventTypeEnum } from "../graphql/enums.js";
import { DateRangeInput } from "../graphql/filter-inputs.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { EvidenceNode } from "../evidence/evidence-type.js";
import { TopicNode } from "../topic/topic-type.js";
import { editorial, evidenceVisibility, visible, visibleById } from "../visibility/visibility.js";
import { EVENT_ORDER, eventWhere } from "./list-events.js";

builder.prismaObject("EventPlace", {
  description: "A place an event happened, as the sources name it.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The name as the sources give it (a city, a region, a country)." }),
    country: t.exposeString("country", { nullable: true, description: "ISO 3166-1 alpha-2, when known." }),
  }),
});

builder.prismaObject("EventParty", {
  description: "A party an event involves, with how.",
  fields: (t) => ({
    role: t.expose("role", { type: EventPartyRoleEnum, description: "Carried it out, was affected, or otherwise involved." }),
    party: t.relation("party", { description: "The party." }),
    event: t.relation("event", { description: "The event." }),
  }),
});

builder.prismaObject("EventTopic", {
  description: "A topic an event bears on.",
  fields: (t) => ({
    topic: t.relation("topic", { description: "The topic." }),
    event: t.relation("event", { description: "The event." }),
  }),
});

export const EventNode = builder.prismaNode("Event", {
  id: { field: "id" },
  // node(id:) applies the published-only rule; a missing or hidden record is null, not an error.
  findUnique: visibleById,
  nullable: true,
  select: { id: true },
  description:
    "Something that happened outside the talks that the sources report and the talks react to, dated as precisely as the sources date it and backed by quotes.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, URL-safe identifier." }),
    type: t.expose("type", { type: EventTypeEnum, description: "Strike, humanitarian, battlefield, treaty, technical measure, …" }),
    title: t.exposeString("title", { description: "Editors' title." }),
    summary: t.exposeString("summary", { description: "What happened, as the sources report it." }),
    occurred: t.field({
      type: PartialDateRef,
      select: { occurredOn: true, datePrecision: true },
      description: "When it happened (or began), as precisely as the sources say; UNKNOWN when they give no date.",
      resolve: (e) => partialDate(e.occurredOn, e.datePrecision),
    }),
    ended: t.field({
      type: PartialDateRef,
      select: { endedOn: true, endDatePrecision: true },
      description: "When it ended, for events that last, if the sources say (UNKNOWN otherwise).",
      resolve: (e) => partialDate(e.endedOn, e.endDatePrecision),
    }),
    dateNote: t.exposeString("dateNote", { nullable: true, description: "An editor's note on how the date was read, or how sources disagree on it." }),
    status: t.expose("status", { type: EditorialStatusEnum, description: "Editorial status." }),
    version: t.exposeInt("version", { description: "Optimistic-concurrency version." }),
    places: t.relation("places", { description: "Where it happened, as the sources name it.", query: { orderBy: [{ name: "asc" }] } }),
    parties: t.relation("parties", {
      description: "The parties it involves (only those you may read).",
      query: (_args, ctx) => ({ where: { party: editorial(ctx, null) }, orderBy: [{ role: "asc" }, { partyId: "asc" }] }),
    }),
    topics: t.field({
      type: [TopicNode],
      description: "The topics of the talks it bears on (only those you may read).",
      select: (_args, ctx, nested) => ({ topics: { where: { topic: editorial(ctx, null) }, select: { topic: nested(true) } } }),
      resolve: (e) => e.topics.map((x) => x.topic),
    }),
    evidence: t.field({
      type: [EvidenceNode],
      description: "The quotes that report it.",
      select: (_args, ctx, nested) => ({
        evidence: { where: { evidence: evidenceVisibility(ctx) }, orderBy: { createdAt: "asc" }, select: { evidence: nested(true) } },
      }),
      resolve: (e) => e.evidence.map((x) => x.evidence),
    }),
  }),
});

export const EventFilterInput = builder.inputType("EventFilter", {
  description: "Narrows a list of events.",
  fields: (t) => ({
    parties: t.stringList({ required: false, description: "Party slugs: events involving any of them (in any role)." }),
    topic: t.string({ required: false, description: "Topic slug: events bearing on it." }),
    includeSubtopics: t.boolean({ required: false, description: "With `topic`: include narrower topics (default true)." }),
    place: t.string({ required: false, description: 'A place name as the sources give it (case-insensitive), e.g. "Odesa".' }),
    types: t.field({ type: [EventTypeEnum], required: false, description: "Only these types." }),
    occurred: t.field({ type: DateRangeInput, required: false, description: "Happened within this range (undated events are in no range)." }),
    text: t.string({ required: false, description: "Words in the title or summary, case-insensitive." }),
    status: t.field({ type: EditorialStatusEnum, required: false, description: "Editorial status (staff only)." }),
  }),
});

builder.queryFields((t) => ({
  events: t.prismaConnection({
    type: "Event",
    cursor: "id",
    description: "Events matching the filter, oldest first (undated last), ties by id.",
    args: { filter: t.arg({ type: EventFilterInput, required: false, description: "Criteria; omit for all events." }) },
    resolve: async (query, _root, args, ctx) => {
      await assertOwnCursor(ctx, "event", args);
      return ctx.db.event.findMany({ ...query, where: await eventWhere(ctx, args.filter), orderBy: EVENT_ORDER });
    },
    totalCount: async (_root, args, ctx) => ctx.db.event.count({ where: await eventWhere(ctx, args.filter) }),
  }),
}));

// Events on the records they involve, added here so those types do not depend on Event's. Each is a
// related connection (loaded with its parent, one statement per level) listing only readable events.
const EVENT_LINK_ORDER = [{ event: { occurredOn: { sort: "asc", nulls: "last" } } }, { eventId: "asc" }] as const;

builder.prismaObjectFields("Party", (t) => ({
  events: t.relatedConnection("events", {
    cursor: "eventId_partyId_role",
    totalCount: true,
    description: "Events involving this party, with its role in each, oldest first (undated last).",
    query: (_args, ctx) => ({ where: { event: visible(ctx) }, orderBy: [...EVENT_LINK_ORDER, { role: "asc" }] }),
  }),
}));

builder.prismaObjectFields("Topic", (t) => ({
  events: t.relatedConnection("events", {
    cursor: "eventId_topicId",
    totalCount: true,
    description: "Events bearing on exactly this topic, oldest first (undated last).",
    query: (_args, ctx) => ({ where: { event: visible(ctx) }, orderBy: [...EVENT_LINK_ORDER] }),
  }),
}));

builder.prismaObjectFields("Evidence", (t) => ({
  events: t.field({
    type: [EventNode],
    description: "Events this quote reports.",
    select: (_args, ctx, nested) => ({ events: { where: { event: visible(ctx) }, select: { event: nested(true) } } }),
    resolve: (e) => e.events.map((x) => x.event),
  }),
}));
