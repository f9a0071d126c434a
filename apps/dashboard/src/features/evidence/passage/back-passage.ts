// The second step of a passage made evidence: the new quote joins the record the editor chose. Each
// target is one function over the API's own mutation for it; lists the API replaces as a whole (a
// position's quotes, a person's roles, a delegation's seats) are read first and sent back with the quote.
import "server-only";
import {
  AddPassageRoundEvidenceDocument,
  ChangeDemandStatusDocument,
  CreateDelegationDocument,
  CreateDemandDocument,
  CreatePositionDocument,
  CreateRoundDateReportDocument,
  PassageRecordVersionDocument,
  PassageRoundDelegationsDocument,
  UpdateDelegationDocument,
  UpdateDemandDocument,
  UpdatePersonDocument,
  UpdatePositionDocument,
} from "@/generated/graphql";
import { apiRequest, ApiError } from "@/lib/api";
import { toPartialDateInput } from "@/features/editing/partial-date-value";
import { demandHref } from "@/features/demands/demand-href";
import { loadDemandRecord } from "@/features/demands/demand-record";
import { loadPersonRecord } from "@/features/people/person-record";
import { loadPositionRecord } from "@/features/positions/position-record";
import { positionHref } from "@/features/positions/position-href";
import type { PassageTarget } from "./passage-targets";
import type { PassageValues } from "./passage-schema";

/** What the quote now backs, where to open it, and the record it created (a draft to publish with it). */
export interface PassageBacking {
  target: PassageTarget;
  href: string;
  created: { id: string; kind: "position" | "demand" | "delegation" } | null;
}

const idOf = (o: { id: string } | null): string => o?.id ?? "";
const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);
const gone = (field: string) => new ApiError("NOT_FOUND", "The record no longer exists.", field);

async function roundVersion(id: string) {
  const node = (await apiRequest(PassageRecordVersionDocument, { id })).node;
  if (node?.__typename !== "Round") throw gone("round");
  return node;
}

async function demandVersion(id: string) {
  const node = (await apiRequest(PassageRecordVersionDocument, { id })).node;
  if (node?.__typename !== "Demand") throw gone("demand");
  return node;
}

type Backer = (v: PassageValues, evidence: string) => Promise<PassageBacking>;

const BACKERS: Record<PassageTarget, Backer> = {
  async newPosition(v, evidence) {
    const created = await apiRequest(CreatePositionDocument, {
      input: {
        party: idOf(v.party),
        topic: idOf(v.topic),
        stance: v.stance,
        summary: v.summary.trim(),
        stated: toPartialDateInput(v.stated),
        evidence: [evidence],
        ...(v.speaker ? { speaker: v.speaker.id } : {}),
      },
    });
    const id = created.createPosition.id;
    return { target: "newPosition", href: positionHref(id), created: { id, kind: "position" } };
  },

  async existingPosition(v, evidence) {
    const position = await loadPositionRecord(idOf(v.existing));
    if (!position) throw gone("existing");
    const quotes = [...position.values.evidence.map((e) => e.id), evidence];
    const updated = await apiRequest(UpdatePositionDocument, { id: position.id, version: position.version, input: { evidence: quotes } });
    return { target: "existingPosition", href: positionHref(updated.updatePosition.id), created: null };
  },

  async newDemand(v, evidence) {
    const created = await apiRequest(CreateDemandDocument, {
      input: {
        from: idOf(v.party),
        ...(v.to ? { to: v.to.id } : {}),
        topic: idOf(v.topic),
        summary: v.summary.trim(),
        slug: v.slug.trim(),
        raised: toPartialDateInput(v.raised),
        ...(v.round ? { round: v.round.id } : {}),
        evidence: [evidence],
      },
    });
    const id = created.createDemand.id;
    return { target: "newDemand", href: demandHref(id), created: { id, kind: "demand" } };
  },

  async existingDemand(v, evidence) {
    const id = idOf(v.demand);
    const demand = await loadDemandRecord(id);
    if (!demand) throw gone("demand");
    const quotes = [...demand.values.evidence.map((e) => e.id), evidence];
    await apiRequest(UpdateDemandDocument, { id, version: demand.version, input: { evidence: quotes } });
    return { target: "existingDemand", href: demandHref(id), created: null };
  },

  async demandStatus(v, evidence) {
    const demand = await demandVersion(idOf(v.demand));
    await apiRequest(ChangeDemandStatusDocument, {
      id: demand.id,
      version: demand.version,
      input: {
        status: v.status,
        changed: toPartialDateInput(v.changed),
        evidence,
        note: orNull(v.note),
        ...(v.round ? { round: v.round.id } : {}),
      },
    });
    return { target: "demandStatus", href: `${demandHref(demand.id)}#history`, created: null };
  },

  async roundFact(v, evidence) {
    const round = await roundVersion(idOf(v.round));
    const added = await apiRequest(AddPassageRoundEvidenceDocument, { round: round.id, version: round.version, aspect: v.aspect, evidence });
    return { target: "roundFact", href: `/rounds/${added.addRoundEvidence.slug}#facts`, created: null };
  },

  async dateReport(v, evidence) {
    const round = await roundVersion(idOf(v.round));
    await apiRequest(CreateRoundDateReportDocument, {
      round: round.id,
      version: round.version,
      input: { kind: v.kind, start: toPartialDateInput(v.periodStart), end: toPartialDateInput(v.periodEnd), note: orNull(v.note), evidence },
    });
    return { target: "dateReport", href: `/rounds/${round.slug}#dates`, created: null };
  },

  async role(v, evidence) {
    const id = idOf(v.person);
    const person = await loadPersonRecord(id);
    if (!person) throw gone("person");
    const roles = [
      ...person.values.roles.map((r) => ({
        title: r.title,
        party: r.party?.id ?? null,
        start: toPartialDateInput(r.start),
        end: toPartialDateInput(r.end),
        evidence: r.evidence?.id ?? null,
      })),
      { title: v.title.trim(), party: v.party?.id ?? null, start: toPartialDateInput(v.periodStart), end: toPartialDateInput(v.periodEnd), evidence },
    ];
    const updated = await apiRequest(UpdatePersonDocument, { id, version: person.version, input: { roles } });
    return { target: "role", href: `/people/${updated.updatePerson.slug}#roles`, created: null };
  },

  async seat(v, evidence) {
    const round = (await apiRequest(PassageRoundDelegationsDocument, { id: idOf(v.round) })).node;
    if (round?.__typename !== "Round") throw gone("round");
    const seat = { person: idOf(v.person), role: v.seatRole, attendance: v.attendance, evidence };
    const href = `/rounds/${round.slug}#delegations`;
    const delegation = round.delegations.find((d) => d.party.id === v.party?.id);
    if (!delegation) {
      const created = await apiRequest(CreateDelegationDocument, { input: { party: idOf(v.party), round: round.id, members: [seat] } });
      return { target: "seat", href, created: { id: created.createDelegation.id, kind: "delegation" } };
    }
    const members = [
      ...delegation.members.map((m) => ({ person: m.person.id, role: m.role, attendance: m.attendance, evidence: m.evidence?.id ?? null })),
      seat,
    ];
    await apiRequest(UpdateDelegationDocument, { id: delegation.id, version: delegation.version, input: { members } });
    return { target: "seat", href, created: null };
  },
};

export function backPassage(v: PassageValues, evidence: string): Promise<PassageBacking> {
  return BACKERS[v.target](v, evidence);
}
