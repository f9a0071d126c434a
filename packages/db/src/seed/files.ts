// The shape of the seed's YAML files (see packages/db/seed/README.md), validated with zod.
import { z } from "zod";
// Enum values come from the generated Prisma enums: one list per enum, the database's.
import {
  Attendance,
  Attribution,
  Confidence,
  ContributorRole,
  DatePrecision,
  DateReportKind,
  DelegationRole,
  DemandStatus,
  EventPartyRole,
  EventType,
  Movement,
  ParticipantRole,
  PartyKind,
  RoundAspect,
  RoundFormat,
  RoundStatus,
  SourceCitation,
  Stance,
} from "../generated/prisma/enums.js";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a slug is lower-case words joined by hyphens");
const text = z.string().trim().min(1);

export const partialDateFile = z
  .object({
    on: z.union([z.string(), z.null()]).optional(),
    precision: z.enum(DatePrecision),
  })
  .strict();
export type PartialDateFile = z.infer<typeof partialDateFile>;

const aliases = z.array(z.union([text, z.number().transform(String)])).default([]);

export const outletsFile = z.array(z.object({ slug, name: text, url: text.optional(), country: text.optional(), language: text.optional() }).strict());

export const partiesFile = z.array(
  z
    .object({
      slug,
      name: text,
      shortName: text.optional(),
      kind: z.enum(PartyKind),
      description: text.optional(),
      aliases,
    })
    .strict(),
);

const roleFile = z.object({ title: text, party: slug.optional(), start: partialDateFile.optional(), end: partialDateFile.optional() }).strict();

export const peopleFile = z.array(z.object({ slug, name: text, description: text.optional(), aliases, roles: z.array(roleFile).default([]) }).strict());

export interface TopicFile {
  slug: string;
  name: string;
  proposition?: string | undefined;
  description?: string | undefined;
  aliases: string[];
  children: TopicFile[];
}
const topicFile: z.ZodType<TopicFile, unknown> = z.lazy(() =>
  z
    .object({
      slug,
      name: text,
      proposition: text.optional(),
      description: text.optional(),
      aliases,
      children: z.array(topicFile).default([]),
    })
    .strict(),
);
export const topicsFile = z.array(topicFile);

const participantFile = z.object({ party: slug, role: z.enum(ParticipantRole).default("PARTICIPANT") }).strict();

export const processesFile = z.array(
  z
    .object({
      slug,
      name: text,
      description: text.optional(),
      rounds: z.array(
        z
          .object({
            slug,
            sequence: z.number().int().positive().optional(),
            title: text,
            format: z.enum(RoundFormat),
            roundStatus: z.enum(RoundStatus),
            city: text.optional(),
            venue: text.optional(),
            country: text.optional(),
            start: partialDateFile.optional(),
            end: partialDateFile.optional(),
            participants: z.array(participantFile).default([]),
            agenda: z.array(slug).default([]),
            summary: text.optional(),
            outcome: text.optional(),
          })
          .strict(),
      ),
    })
    .strict(),
);

export const proposalsFile = z.array(
  z
    .object({
      slug,
      title: text,
      description: text.optional(),
      authorParty: slug.optional(),
      versions: z.array(
        z
          .object({
            number: z.number().int().positive(),
            label: text,
            pointCount: z.number().int().positive().optional(),
            pointCountNote: text.optional(),
            presented: partialDateFile.optional(),
            round: slug.optional(),
            summary: text.optional(),
            points: z.array(z.object({ number: z.number().int().positive(), text, topic: slug.optional() }).strict()).default([]),
          })
          .strict(),
      ),
    })
    .strict(),
);

const demandStatus = z.enum(DemandStatus);
const demandFile = z
  .object({
    slug,
    from: slug,
    to: slug.nullish(),
    topic: slug,
    raised: partialDateFile.optional(),
    /** How the date was read, when the quotes do not date the demand themselves. */
    dateNote: text.optional(),
    round: slug.nullish(),
    summary: text,
    status: demandStatus.optional(),
    quotes: z.array(z.string()).default([]),
  })
  .strict();
export const demandsFile = z.array(demandFile);

const quoteKeys = z.array(z.string()).min(1, "needs at least one quote");

const eventFile = z
  .object({
    slug,
    type: z.enum(EventType),
    title: text,
    summary: text,
    occurred: partialDateFile,
    ended: partialDateFile.optional(),
    dateNote: text.optional(),
    places: z
      .array(
        z
          .object({
            name: text,
            country: z
              .string()
              .regex(/^[A-Z]{2}$/)
              .optional(),
          })
          .strict(),
      )
      .default([]),
    parties: z.array(z.object({ party: slug, role: z.enum(EventPartyRole) }).strict()).default([]),
    topics: z.array(slug).default([]),
    quotes: quoteKeys,
  })
  .strict();

export const articleFile = z
  .object({
    article: z
      .object({
        slug,
        outlet: slug.nullish(),
        title: text,
        author: text.nullish(),
        url: text.nullish(),
        language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
        published: partialDateFile,
        /** How an uncertain publication date was read (stored as the article's date note). */
        note: text.optional(),
        contributors: z
          .array(
            z
              .object({
                name: text,
                role: z.enum(ContributorRole),
                person: slug.nullish(),
                quote: z.string(),
                note: text.optional(),
              })
              .strict(),
          )
          .default([]),
        sources: z
          .array(
            z
              .object({
                title: text,
                publisher: text.optional(),
                url: text.optional(),
                citation: z.enum(SourceCitation),
                quote: z.string(),
                note: text.optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict(),
    quotes: z.record(
      z.string(),
      z
        .object({
          start: z.number().int().nonnegative(),
          end: z.number().int().positive(),
          text: z.string().min(1),
          translation: text.optional(),
          attribution: z.enum(Attribution),
          confidence: z.enum(Confidence).default("MEDIUM"),
          speaker: slug.nullish(),
          speakerParty: slug.nullish(),
          denies: z.string().nullish(),
          note: text.optional(),
        })
        .strict(),
    ),
    positions: z
      .array(
        z
          .object({
            party: slug,
            topic: slug,
            stance: z.enum(Stance),
            stated: partialDateFile,
            round: slug.nullish(),
            speaker: slug.nullish(),
            proposal: z.object({ proposal: slug, version: z.number().int().positive() }).strict().nullish(),
            summary: text,
            quotes: quoteKeys,
            /** How the date was read, when the quotes do not date the statement themselves. */
            dateNote: text.optional(),
            /** A movement the source reports in words, with the quote that reports it. */
            reportedMovement: z
              .object({ movement: z.enum(Movement).exclude(["NEW"]), quote: z.string() })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .default([]),
    demands: z.array(demandFile.extend({ quotes: quoteKeys })).default([]),
    demandEvidence: z.array(z.object({ demand: slug, quotes: quoteKeys }).strict()).default([]),
    demandStatusChanges: z
      .array(
        z
          .object({
            demand: slug,
            status: demandStatus,
            changed: partialDateFile.optional(),
            round: slug.nullish(),
            quote: z.string(),
            note: text.optional(),
          })
          .strict(),
      )
      .default([]),
    roundFacts: z
      .array(
        z
          .object({
            round: slug,
            aspect: z.enum(RoundAspect),
            quotes: quoteKeys,
          })
          .strict(),
      )
      .default([]),
    roundDateReports: z
      .array(
        z
          .object({
            round: slug,
            kind: z.enum(DateReportKind),
            start: partialDateFile.optional(),
            end: partialDateFile.optional(),
            quote: z.string(),
            note: text.optional(),
          })
          .strict(),
      )
      .default([]),
    delegations: z
      .array(
        z
          .object({
            round: slug,
            party: slug,
            note: text.optional(),
            members: z.array(
              z
                .object({
                  person: slug,
                  role: z.enum(DelegationRole).default("MEMBER"),
                  attendance: z.enum(Attendance).default("REPORTED"),
                  quote: z.string(),
                })
                .strict(),
            ),
          })
          .strict(),
      )
      .default([]),
    personRoles: z
      .array(
        z
          .object({
            person: slug,
            title: text,
            party: slug.nullish(),
            start: partialDateFile.optional(),
            end: partialDateFile.optional(),
            quote: z.string(),
          })
          .strict(),
      )
      .default([]),
    proposalEvidence: z.array(z.object({ proposal: slug, quotes: quoteKeys }).strict()).default([]),
    /** Events this article is the first (by file order) to report. */
    events: z.array(eventFile).default([]),
    /** Quotes for an event another article defines. */
    eventEvidence: z.array(z.object({ event: slug, quotes: quoteKeys }).strict()).default([]),
  })
  .strict();
export type ArticleFile = z.infer<typeof articleFile>;
