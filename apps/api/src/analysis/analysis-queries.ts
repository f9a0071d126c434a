// The analysts' queries: timeline, comparison, diff, sticking points. Each loads facts in one query,
// applies the domain rules (@parley/domain), then loads the records it returns — with the nested fields
// the client asked for — in one more query per record type. Statement count does not grow with results.
import { demandVisibility, editorial, evidenceVisibility, positionVisibility, visible } from "../visibility/visibility.js";
import { queryFromInfo } from "@pothos/plugin-prisma";
import { leanFindMany } from "../graphql/lean-find-many.js";
import { CHANGES, compareStatements, effectiveMovement, movementsOfChains, type PartialDate } from "@parley/domain";
import { dayParameter, dayRange } from "../validation/dates.js";
import type { Party, Position, Topic, Round, Demand, Event } from "@parley/db";
import { EventNode } from "../event/event-type.js";
import { EVENT_ORDER } from "../event/list-events.js";
import type { GraphQLResolveInfo } from "graphql";
import type { Context } from "../platform/context.js";
import { compareParties, compareRounds, diffPoints, rankStickingPoints } from "./analyse-positions.js";
import type { LatestFact } from "./position-facts-sql.js";
import { ROUND_DATES, roundAsOf } from "./resolve-point.js";
import { topicWhere } from "../topic/topic-subtree.js";
import { idForSlug } from "../lookup/ids-for-slugs.js";
import { AppError } from "../graphql/error-formatting.js";
import { builder } from "../graphql/builder.js";
import { MovementEnum, StanceEnum } from "../graphql/enums.js";
import { partialDate, PartialDateRef } from "../graphql/partial-date.js";
import { PartyNode } from "../party/party-type.js";
import { DemandNode } from "../demand/demand-type.js";
import { PositionNode } from "../position/position-type.js";
import { RoundNode } from "../round/round-type.js";
import { TopicNode } from "../topic/topic-type.js";

export const AnalysisPointInput = builder.inputType("AnalysisPoint", {
  description: "Where to look: a round (as of its last day) or a calendar day. Give exactly one.",
  fields: (t) => ({
    round: t.string({ required: false, description: "Round slug." }),
    date: t.field({ type: "Date", required: false, description: "A day, YYYY-MM-DD." }),
  }),
});

const DiffBasisEnum = builder.enumType("DiffBasis", {
  description: "What a diff compares.",
  values: {
    LATEST_AS_OF: { description: "Each party's latest position as of each point (a round counts as its last day)." },
    STATED_AT_ROUND: { description: "Only the positions stated at each of two rounds: a stance not restated is DROPPED." },
    STATED_BETWEEN: {
      description:
        "What was stated in the period (from, to] against the equally long period just before `from` (a round counts as its last day): a cell stated in the earlier period but not restated in the later one is DROPPED.",
    },
  },
});

const ChangeEnum = builder.enumType("Change", {
  description: "What happened to a party's stance on a topic between two points. NEW/DROPPED: stated only at the later/earlier point.",
  values: CHANGES,
});

// ── loading helpers ──

/** Columns the analysis results read from a position themselves (the rest follows the client's selection). */
const POSITION_CELL = {
  id: true,
  partyId: true,
  topicId: true,
  stance: true,
  summary: true,
  statedOn: true,
  datePrecision: true,
  movement: true,
  reportedMovement: true,
} as const;
type PositionCell = Pick<Position, keyof typeof POSITION_CELL>;
type DemandCell = Pick<Demand, "id" | "raisedOn" | "datePrecision">;

/**
 * The positions the results show. The facts carry the cell's columns, read with the visibility rule
 * (position, party and topic), so a position is read again only when the client selects more of it than
 * those columns (its evidence, its round…): then with that selection, and the rule applied anew.
 */
async function loadPositions(ctx: Context, info: GraphQLResolveInfo, facts: LatestFact[], paths: string[][]): Promise<Map<string, PositionCell>> {
  if (facts.length === 0) return new Map();
  const query = queryFromInfo({ context: ctx, info, paths, select: POSITION_CELL });
  const covered = Object.entries(query.select).every(([key, value]) => value === true && key in POSITION_CELL);
  if (covered) return new Map(facts.map((f) => [f.id, f]));
  const args = { ...query, where: { id: { in: unique(facts.map((f) => f.id)) }, ...positionVisibility(ctx) } };
  const rows = await leanFindMany(ctx.db, "Position", args, () => ctx.db.position.findMany(args));
  return new Map(rows.map((r) => [r.id, r]));
}
async function evidenceCounts(ctx: Context, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db.positionEvidence.groupBy({
    by: ["positionId"],
    where: { positionId: { in: ids }, evidence: evidenceVisibility(ctx) },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.positionId, r._count._all]));
}
async function loadParties(ctx: Context, info: GraphQLResolveInfo, ids: string[], paths: string[][]): Promise<Map<string, Party>> {
  const args = { ...queryFromInfo({ context: ctx, info, paths }), where: { id: { in: ids }, ...editorial(ctx, null) }, orderBy: { name: "asc" as const } };
  const rows = ids.length ? await leanFindMany(ctx.db, "Party", args, () => ctx.db.party.findMany(args)) : [];
  return new Map(rows.map((r) => [r.id, r]));
}
async function loadTopics(ctx: Context, info: GraphQLResolveInfo, ids: string[], paths: string[][]): Promise<Map<string, Topic>> {
  const args = { ...queryFromInfo({ context: ctx, info, paths }), where: { id: { in: ids }, ...editorial(ctx, null) }, orderBy: { path: "asc" as const } };
  const rows = ids.length ? await leanFindMany(ctx.db, "Topic", args, () => ctx.db.topic.findMany(args)) : [];
  return new Map(rows.map((r) => [r.id, r]));
}
const unique = (values: string[]) => [...new Set(values)];

// ── comparison ──

interface CellShape {
  party: Party;
  topic: Topic;
  round: Round | null;
  position: PositionCell;
  evidenceCount: number;
  statedAtRound: boolean;
}

const ComparisonCellRef = builder.objectRef<CellShape>("ComparisonCell").implement({
  description: "One cell of a comparison: a party's latest position on a topic at a point.",
  fields: (t) => ({
    party: t.field({ type: PartyNode, description: "The party.", resolve: (c) => c.party }),
    topic: t.field({ type: TopicNode, description: "The topic.", resolve: (c) => c.topic }),
    round: t.field({ type: RoundNode, nullable: true, description: "The column's round (party × rounds only).", resolve: (c) => c.round }),
    stance: t.field({ type: StanceEnum, description: "The stance.", resolve: (c) => c.position.stance }),
    movement: t.field({
      type: MovementEnum,
      description:
        "Movement since the party's previous position on the topic: the one a source reports when there is one, else the one the stance categories show (effectiveMovement).",
      resolve: (c) => effectiveMovement(c.position).movement,
    }),
    reportedMovement: t.field({
      type: MovementEnum,
      nullable: true,
      description: "The movement a source reports in words, when one does.",
      resolve: (c) => c.position.reportedMovement,
    }),
    summary: t.string({ description: "Editors' summary.", resolve: (c) => c.position.summary }),
    evidenceCount: t.int({ description: "Number of quotes behind the position.", resolve: (c) => c.evidenceCount }),
    stated: t.field({
      type: PartialDateRef,
      description: "When the position was stated.",
      resolve: (c) => partialDate(c.position.statedOn, c.position.datePrecision),
    }),
    statedAtRound: t.boolean({
      description: "Whether the position was stated at the round compared at (false for day comparisons).",
      resolve: (c) => c.statedAtRound,
    }),
    position: t.field({ type: PositionNode, description: "The position itself, with its evidence.", resolve: (c) => c.position }),
  }),
});

interface ComparisonShape {
  parties: Party[];
  topics: Topic[];
  rounds: Round[];
  cells: CellShape[];
}

const ComparisonRef = builder.objectRef<ComparisonShape>("Comparison").implement({
  description: "A matrix of positions: rows are parties (or rounds), columns topics. Cells exist only where a position does.",
  fields: (t) => ({
    parties: t.field({ type: [PartyNode], description: "Parties with at least one cell, by name.", resolve: (c) => c.parties }),
    topics: t.field({ type: [TopicNode], description: "Topics with at least one cell, in hierarchy order.", resolve: (c) => c.topics }),
    rounds: t.field({ type: [RoundNode], description: "The rounds compared (party × rounds), in time order; empty otherwise.", resolve: (c) => c.rounds }),
    cells: t.field({ type: [ComparisonCellRef], description: "The cells.", resolve: (c) => c.cells }),
  }),
});

async function buildComparison(
  ctx: Context,
  info: GraphQLResolveInfo,
  facts: { partyId: string; topicId: string; columnId: string; position: LatestFact; statedAtRound: boolean }[],
  rounds: Round[],
): Promise<ComparisonShape> {
  const ids = unique(facts.map((f) => f.position.id));
  // The SQL path counts the quotes with the facts; the party × rounds path (facts through Prisma) counts them here.
  const counted = facts.every((f) => f.position.evidenceCount !== null);
  const [positions, counts, parties, topics] = [
    await loadPositions(
      ctx,
      info,
      facts.map((f) => f.position),
      [["cells", "position"]],
    ),
    counted ? new Map(facts.map((f) => [f.position.id, f.position.evidenceCount ?? 0])) : await evidenceCounts(ctx, ids),
    await loadParties(ctx, info, unique(facts.map((f) => f.partyId)), [["parties"], ["cells", "party"]]),
    await loadTopics(ctx, info, unique(facts.map((f) => f.topicId)), [["topics"], ["cells", "topic"]]),
  ];
  const roundsById = new Map(rounds.map((r) => [r.id, r]));
  // A cell is shown only where the caller may read its position, party and topic (each loaded anew).
  const cells = facts.flatMap((f): CellShape[] => {
    const [party, topic, position] = [parties.get(f.partyId), topics.get(f.topicId), positions.get(f.position.id)];
    if (!party || !topic || !position) return [];
    return [
      { party, topic, round: roundsById.get(f.columnId) ?? null, position, evidenceCount: counts.get(f.position.id) ?? 0, statedAtRound: f.statedAtRound },
    ];
  });
  const usedIds = new Set(cells.flatMap((c) => [c.party.id, c.topic.id]));
  const used = (id: string) => usedIds.has(id);
  return {
    parties: [...parties.values()].filter((p) => used(p.id)),
    topics: [...topics.values()].filter((t) => used(t.id)),
    rounds,
    cells,
  };
}

// ── diff ──

interface DiffShape {
  party: Party;
  topic: Topic;
  change: (typeof CHANGES)[number];
  before: PositionCell | null;
  after: PositionCell | null;
}

const DiffEntryRef = builder.objectRef<DiffShape>("DiffEntry").implement({
  description: "How one party's stance on one topic changed between two points, with the evidence on both sides.",
  fields: (t) => ({
    party: t.field({ type: PartyNode, description: "The party.", resolve: (d) => d.party }),
    topic: t.field({ type: TopicNode, description: "The topic.", resolve: (d) => d.topic }),
    change: t.field({
      type: ChangeEnum,
      description:
        "What changed: the movement between the two stance categories, unless the later position's source reports a movement (that one wins: effectiveMovement).",
      resolve: (d) => d.change,
    }),
    reportedMovement: t.field({
      type: MovementEnum,
      nullable: true,
      description: "The movement the later position's source reports in words, when one does (null when none, or when the cell is DROPPED).",
      resolve: (d) => (d.before?.id === d.after?.id ? null : (d.after?.reportedMovement ?? null)),
    }),
    before: t.field({ type: PositionNode, nullable: true, description: "The position at the earlier point (null when NEW).", resolve: (d) => d.before }),
    after: t.field({ type: PositionNode, nullable: true, description: "The position at the later point (null when DROPPED).", resolve: (d) => d.after }),
  }),
});

// ── sticking points ──

interface StickingShape {
  topic: Topic;
  gap: number;
  unmovedSince: PartialDate | null;
  unmovedDays: number;
  score: number;
  positions: PositionCell[];
}

const StickingPointRef = builder.objectRef<StickingShape>("StickingPoint").implement({
  description: "A topic on which the parties' latest stances are far apart and have not moved.",
  fields: (t) => ({
    topic: t.field({ type: TopicNode, description: "The topic.", resolve: (s) => s.topic }),
    gap: t.float({ description: "Spread of the parties' latest stance scores, 0 (agreement) to 1 (DEMANDS against REJECTS).", resolve: (s) => s.gap }),
    unmovedSince: t.field({
      type: "Date",
      nullable: true,
      deprecationReason: "A month or a year is not a day: use `unmovedSinceDate`, which keeps the source's precision.",
      description: "The day any party's stance on the topic last moved, when the source gives that day (null for a month or a year).",
      resolve: (s) => (s.unmovedSince?.precision === "DAY" ? s.unmovedSince.on : null),
    }),
    unmovedSinceDate: t.field({
      type: PartialDateRef,
      nullable: true,
      description: "When any party's stance on the topic last moved (by the effective movement) or was first stated, as precisely as the source dates it.",
      resolve: (s) => (s.unmovedSince ? partialDate(s.unmovedSince.on, s.unmovedSince.precision) : null),
    }),
    unmovedDays: t.int({
      description: "Days from the last day `unmovedSinceDate` may mean to the analysis date (certainly unmoved this long).",
      resolve: (s) => s.unmovedDays,
    }),
    score: t.float({ description: "gap × (1 + unmoved years, capped at 2): the ranking key.", resolve: (s) => s.score }),
    positions: t.field({ type: [PositionNode], description: "Each party's latest position on the topic.", resolve: (s) => s.positions }),
  }),
});

// ── timeline ──

interface TimelineShape {
  at: PartialDate;
  movement: Position["movement"];
  derivedMovement: Position["movement"];
  reportedMovement: Position["movement"] | null;
  position: PositionCell | null;
  demand: DemandCell | null;
}

const TimelineEntryRef = builder.objectRef<TimelineShape>("TimelineEntry").implement({
  description: "One event on a party's timeline for a topic: a position stated or a demand raised.",
  fields: (t) => ({
    at: t.field({ type: PartialDateRef, description: "When.", resolve: (e) => partialDate(e.at.on, e.at.precision) }),
    movement: t.field({
      type: MovementEnum,
      description:
        "For positions: movement since the party's previous position on the same topic — the one a source reports when there is one, else the one the stance categories show (effectiveMovement). A demand entry marks the demand being raised and is always NEW; its later course is in `demand.history`.",
      resolve: (e) => e.movement,
    }),
    derivedMovement: t.field({
      type: MovementEnum,
      description: "For positions: the movement the stance categories show (NEW for demand entries).",
      resolve: (e) => e.derivedMovement,
    }),
    reportedMovement: t.field({
      type: MovementEnum,
      nullable: true,
      description: "For positions: the movement a source reports in words, when one does.",
      resolve: (e) => e.reportedMovement,
    }),
    position: t.field({ type: PositionNode, nullable: true, description: "The position, for position entries.", resolve: (e) => e.position }),
    demand: t.field({ type: DemandNode, nullable: true, description: "The demand, for demand entries.", resolve: (e) => e.demand }),
  }),
});

type EventCell = Pick<Event, "id" | "occurredOn" | "datePrecision">;

const TimelineRef = builder.objectRef<{ party: Party; topic: Topic; entries: TimelineShape[]; events: EventCell[] }>("Timeline").implement({
  description: "One party's positions and demands on a topic (and, by default, its subtopics), in time order.",
  fields: (t) => ({
    party: t.field({ type: PartyNode, description: "The party.", resolve: (x) => x.party }),
    topic: t.field({ type: TopicNode, description: "The topic.", resolve: (x) => x.topic }),
    entries: t.field({
      type: [TimelineEntryRef],
      description: "Entries, oldest first; undated ones after every dated one (chronology: an undated statement never precedes a dated one).",
      resolve: (x) => x.entries,
    }),
    events: t.field({
      type: [EventNode],
      description:
        "Events outside the talks that involve the party or bear on the topic (or its subtopics), which its positions may react to; in the same time order as `entries` (undated last), within `from`/`to` when given.",
      resolve: (x) => x.events,
    }),
  }),
});

builder.queryFields((t) => ({
  timeline: t.field({
    type: TimelineRef,
    description: "How one party's stance on a topic moved over time, with the quotes behind each step.",
    args: {
      party: t.arg.string({ required: true, description: "Party slug." }),
      topic: t.arg.string({ required: true, description: "Topic slug." }),
      includeSubtopics: t.arg.boolean({ required: false, defaultValue: true, description: "Include narrower topics (default true)." }),
      from: t.arg({
        type: "Date",
        required: false,
        description: "Only entries on or after this day (undated entries are then left out). Movement still counts earlier positions.",
      }),
      to: t.arg({ type: "Date", required: false, description: "Only entries on or before this day (undated entries are then left out)." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const window = dayRange(args, { from: "from", to: "to" }, "`to` comes before `from`.");
      const party = await ctx.db.party.findFirst({
        ...queryFromInfo({ context: ctx, info, paths: [["party"]] }),
        where: { id: await idForSlug(ctx, "party", args.party, "party"), ...editorial(ctx, null) },
      });
      if (!party) throw new AppError("NOT_FOUND", `No party with slug "${args.party}".`, { argument: "party" });
      const topic = await ctx.db.topic.findFirst({
        ...queryFromInfo({ context: ctx, info, paths: [["topic"]] }),
        where: { id: await idForSlug(ctx, "topic", args.topic, "topic"), ...editorial(ctx, null) },
      });
      if (!topic) throw new AppError("NOT_FOUND", `No topic with slug "${args.topic}".`, { argument: "topic" });
      const topics = await topicWhere(ctx, args.topic, args.includeSubtopics ?? true, "topic");
      const positions = await ctx.db.position.findMany({
        ...queryFromInfo({ context: ctx, info, paths: [["entries", "position"]], select: POSITION_CELL }),
        where: { ...positionVisibility(ctx), partyId: party.id, topic: topics },
      });
      const demands = await ctx.db.demand.findMany({
        ...queryFromInfo({ context: ctx, info, paths: [["entries", "demand"]], select: { id: true, raisedOn: true, datePrecision: true } }),
        where: { ...demandVisibility(ctx), fromPartyId: party.id, topic: topics, ...(window ? { raisedOn: window } : {}) },
      });
      // Movement is per exact topic, over the whole visible chain (so drafts never leak into it and the
      // first entry of a window keeps its movement against earlier positions); the window applies after.
      const movement = movementsOfChains(positions);
      const inWindow = (on: Date | null) => !window || (on !== null && (!window.gte || on >= window.gte) && (!window.lte || on <= window.lte));
      const entries: TimelineShape[] = [
        ...positions
          .filter((p) => inWindow(p.statedOn))
          .map((p) => {
            const derived = movement.get(p.id) ?? p.movement;
            return {
              at: partialDate(p.statedOn, p.datePrecision),
              movement: effectiveMovement({ movement: derived, reportedMovement: p.reportedMovement }).movement,
              derivedMovement: derived,
              reportedMovement: p.reportedMovement,
              position: p,
              demand: null,
            };
          }),
        // A demand is an event of its own, not a step in a stance chain: it is labelled NEW when raised.
        ...demands.map((d) => ({
          at: partialDate(d.raisedOn, d.datePrecision),
          movement: "NEW" as const,
          derivedMovement: "NEW" as const,
          reportedMovement: null,
          position: null,
          demand: d,
        })),
      ];
      const events = await ctx.db.event.findMany({
        ...queryFromInfo({ context: ctx, info, paths: [["events"]], select: { id: true, occurredOn: true, datePrecision: true } }),
        where: {
          ...visible(ctx),
          OR: [{ parties: { some: { partyId: party.id } } }, { topics: { some: { topic: topics } } }],
          ...(window ? { occurredOn: window } : {}),
        },
        orderBy: EVENT_ORDER,
      });
      const eventTime = (e: EventCell) => ({ id: e.id, stated: partialDate(e.occurredOn, e.datePrecision) });
      events.sort((a, b) => compareStatements(eventTime(a), eventTime(b)));
      const idOf = (e: TimelineShape) => e.position?.id ?? e.demand?.id ?? "";
      entries.sort(
        (a, b) =>
          compareStatements({ id: "", stated: a.at }, { id: "", stated: b.at }) ||
          (a.position ? 0 : 1) - (b.position ? 0 : 1) ||
          (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0),
      );
      return { party, topic, entries, events };
    },
  }),
  comparison: t.field({
    type: ComparisonRef,
    description: "Parties × topics: each party's latest position per topic as of a round or a day.",
    args: {
      at: t.arg({ type: AnalysisPointInput, required: true, description: "The round or day to compare at." }),
      parties: t.arg.stringList({ required: false, description: "Party slugs (default: all with positions)." }),
      topic: t.arg.string({ required: false, description: "Limit to a topic slug." }),
      includeSubtopics: t.arg.boolean({ required: false, defaultValue: true, description: "With `topic`: include narrower topics." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const facts = await compareParties(ctx, args.at, { parties: args.parties, topic: args.topic, includeSubtopics: args.includeSubtopics });
      return buildComparison(ctx, info, facts, []);
    },
  }),
  partyAcrossRounds: t.field({
    type: ComparisonRef,
    description: "One party × rounds: its latest position per topic as of each round, in time order.",
    args: {
      party: t.arg.string({ required: true, description: "Party slug." }),
      process: t.arg.string({ required: false, description: "Only rounds of this process (slug)." }),
      topic: t.arg.string({ required: false, description: "Limit to a topic slug." }),
      includeSubtopics: t.arg.boolean({ required: false, defaultValue: true, description: "With `topic`: include narrower topics." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const processId = args.process ? await idForSlug(ctx, "negotiationProcess", args.process, "process") : undefined;
      const rounds = await ctx.db.round.findMany({
        ...queryFromInfo({ context: ctx, info, paths: [["rounds"], ["cells", "round"]] }),
        where: { ...editorial(ctx, null), ...(processId ? { processId } : {}), OR: [{ startDate: { not: null } }, { endDate: { not: null } }] },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      });
      // The rounds' dates are read whatever the client selects (the rows above carry only the selected
      // fields): the cells are computed from them.
      const dates = await ctx.db.round.findMany({ where: { id: { in: rounds.map((r) => r.id) } }, select: { id: true, ...ROUND_DATES } });
      const byId = new Map(dates.map((r) => [r.id, r]));
      const facts = await compareRounds(
        ctx,
        rounds.flatMap((r) => {
          const d = byId.get(r.id);
          return d ? [{ id: r.id, asOf: roundAsOf(d) }] : [];
        }),
        {
          parties: [args.party],
          topic: args.topic,
          includeSubtopics: args.includeSubtopics,
        },
      );
      return buildComparison(ctx, info, facts, rounds);
    },
  }),
  diff: t.field({
    type: [DiffEntryRef],
    description: "What changed between two rounds or days, per party and topic, with the evidence on both sides.",
    args: {
      from: t.arg({ type: AnalysisPointInput, required: true, description: "The earlier round or day." }),
      to: t.arg({ type: AnalysisPointInput, required: true, description: "The later round or day." }),
      parties: t.arg.stringList({ required: false, description: "Party slugs (default: all)." }),
      topic: t.arg.string({ required: false, description: "Limit to a topic slug." }),
      includeSubtopics: t.arg.boolean({ required: false, defaultValue: true, description: "With `topic`: include narrower topics." }),
      basis: t.arg({ type: DiffBasisEnum, required: false, defaultValue: "LATEST_AS_OF", description: "What to compare (default LATEST_AS_OF)." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const entries = await diffPoints(
        ctx,
        args.from,
        args.to,
        { parties: args.parties, topic: args.topic, includeSubtopics: args.includeSubtopics },
        args.basis ?? "LATEST_AS_OF",
      );
      const positions = await loadPositions(
        ctx,
        info,
        entries.flatMap((e) => [e.before, e.after].filter((p): p is LatestFact => p != null)),
        [["before"], ["after"]],
      );
      const parties = await loadParties(ctx, info, unique(entries.map((e) => e.partyId)), [["party"]]);
      const topics = await loadTopics(ctx, info, unique(entries.map((e) => e.topicId)), [["topic"]]);
      // An entry is shown only where the caller may read both its sides, its party and its topic.
      return entries.flatMap((e): DiffShape[] => {
        const [party, topic] = [parties.get(e.partyId), topics.get(e.topicId)];
        const before = e.before ? positions.get(e.before.id) : null;
        const after = e.after ? positions.get(e.after.id) : null;
        if (!party || !topic || before === undefined || after === undefined) return [];
        return [{ party, topic, change: e.change, before, after }];
      });
    },
  }),
  stickingPoints: t.field({
    type: [StickingPointRef],
    description: "Topics ranked by how far apart the parties' latest stances are and how long they have stayed unmoved.",
    args: {
      asOf: t.arg({ type: "Date", required: false, description: "Analysis day (default: today)." }),
      parties: t.arg.stringList({ required: false, description: "Only these parties (slugs)." }),
      first: t.arg.int({ required: false, defaultValue: 20, description: "How many topics (1–100, default 20)." }),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = args.first ?? 20;
      if (first < 1 || first > 100) throw new AppError("BAD_USER_INPUT", "`first` must be between 1 and 100.", { argument: "first" });
      const asOf = args.asOf ? dayParameter(args.asOf, "asOf") : new Date();
      const points = await rankStickingPoints(ctx, asOf, { parties: args.parties }, first);
      const positions = await loadPositions(
        ctx,
        info,
        points.flatMap((p) => p.latest),
        [["positions"]],
      );
      const topics = await loadTopics(
        ctx,
        info,
        points.map((p) => p.topicId),
        [["topic"]],
      );
      return points.flatMap((p): StickingShape[] => {
        const topic = topics.get(p.topicId);
        if (!topic) return [];
        const shown = p.latest.flatMap((x) => positions.get(x.id) ?? []);
        return [{ topic, gap: p.gap, unmovedSince: p.unmovedSince, unmovedDays: p.unmovedDays, score: p.score, positions: shown }];
      });
    },
  }),
}));
