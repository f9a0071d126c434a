import type { Db } from "../client.js";
import type { SeedPlan } from "./plan.js";

export type SeedCounts = Record<keyof SeedPlan, number>;

/**
 * Writes the plan in one transaction. Rows whose id (or composite key) already exists are skipped, so a
 * second run inserts nothing and changes nothing an editor has edited since.
 */
export async function writeSeed(db: Db, plan: SeedPlan): Promise<SeedCounts> {
  return db.$transaction(
    async (tx) => {
      const skip = { skipDuplicates: true } as const;
      const n = async (p: Promise<{ count: number }>) => (await p).count;
      // Evidence that denies another must come after it: insert those without a denial first.
      const plain = plan.evidence.filter((e) => !e.deniesEvidenceId);
      const denials = plan.evidence.filter((e) => e.deniesEvidenceId);
      return {
        outlets: await n(tx.outlet.createMany({ data: plan.outlets, ...skip })),
        parties: await n(tx.party.createMany({ data: plan.parties, ...skip })),
        partyAliases: await n(tx.partyAlias.createMany({ data: plan.partyAliases, ...skip })),
        people: await n(tx.person.createMany({ data: plan.people, ...skip })),
        personAliases: await n(tx.personAlias.createMany({ data: plan.personAliases, ...skip })),
        topics: await n(tx.topic.createMany({ data: plan.topics, ...skip })),
        topicAliases: await n(tx.topicAlias.createMany({ data: plan.topicAliases, ...skip })),
        processes: await n(tx.negotiationProcess.createMany({ data: plan.processes, ...skip })),
        rounds: await n(tx.round.createMany({ data: plan.rounds, ...skip })),
        roundParticipants: await n(tx.roundParticipant.createMany({ data: plan.roundParticipants, ...skip })),
        roundTopics: await n(tx.roundTopic.createMany({ data: plan.roundTopics, ...skip })),
        proposals: await n(tx.proposal.createMany({ data: plan.proposals, ...skip })),
        proposalVersions: await n(tx.proposalVersion.createMany({ data: plan.proposalVersions, ...skip })),
        proposalPoints: await n(tx.proposalPoint.createMany({ data: plan.proposalPoints, ...skip })),
        articles: await n(tx.article.createMany({ data: plan.articles, ...skip })),
        evidence: (await n(tx.evidence.createMany({ data: plain, ...skip }))) + (await n(tx.evidence.createMany({ data: denials, ...skip }))),
        personRoles: await n(tx.personRole.createMany({ data: plan.personRoles, ...skip })),
        positions: await n(tx.position.createMany({ data: plan.positions, ...skip })),
        positionEvidence: await n(tx.positionEvidence.createMany({ data: plan.positionEvidence, ...skip })),
        demands: await n(tx.demand.createMany({ data: plan.demands, ...skip })),
        demandEvidence: await n(tx.demandEvidence.createMany({ data: plan.demandEvidence, ...skip })),
        demandStatusChanges: await n(tx.demandStatusChange.createMany({ data: plan.demandStatusChanges, ...skip })),
        roundEvidence: await n(tx.roundEvidence.createMany({ data: plan.roundEvidence, ...skip })),
        roundDateReports: await n(tx.roundDateReport.createMany({ data: plan.roundDateReports, ...skip })),
        delegations: await n(tx.delegation.createMany({ data: plan.delegations, ...skip })),
        delegationMembers: await n(tx.delegationMember.createMany({ data: plan.delegationMembers, ...skip })),
        proposalEvidence: await n(tx.proposalEvidence.createMany({ data: plan.proposalEvidence, ...skip })),
        articleContributors: await n(tx.articleContributor.createMany({ data: plan.articleContributors, ...skip })),
        articleSources: await n(tx.articleSource.createMany({ data: plan.articleSources, ...skip })),
        events: await n(tx.event.createMany({ data: plan.events, ...skip })),
        eventPlaces: await n(tx.eventPlace.createMany({ data: plan.eventPlaces, ...skip })),
        eventParties: await n(tx.eventParty.createMany({ data: plan.eventParties, ...skip })),
        eventTopics: await n(tx.eventTopic.createMany({ data: plan.eventTopics, ...skip })),
        eventEvidence: await n(tx.eventEvidence.createMany({ data: plan.eventEvidence, ...skip })),
      };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
