import { notFound } from "next/navigation";
import { PartyPageDocument, type PositionPartsFragment } from "@parley/client";
import { Quotes } from "../../../components/evidence/quote";
import { PositionCard } from "../../../components/positions/position-card";
import { query } from "../../../lib/graphql";

export default async function PartyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { party } = await query(PartyPageDocument, { slug });
  if (!party) notFound();
  // The timeline an analyst reads: per topic, the positions in time order (the API sorts them).
  const byTopic = new Map<string, PositionPartsFragment[]>();
  for (const { node } of party.positions.edges) byTopic.set(node.topic.name, [...(byTopic.get(node.topic.name) ?? []), node]);
  return (
    <>
      <h1>{party.name}</h1>
      <p className="muted">Also written: {party.aliases.map((a) => a.name).join(", ")}</p>
      <h2>Positions over time</h2>
      {[...byTopic].map(([topic, positions]) => (
        <section key={topic} aria-label={`Positions on ${topic}`}>
          <h3>{topic}</h3>
          {positions.map((p) => (
            <PositionCard key={p.id} position={p} show="topic" />
          ))}
        </section>
      ))}
      <h2>Demands</h2>
      {party.demandsMade.edges.length === 0 ? <p className="muted">None recorded.</p> : null}
      {party.demandsMade.edges.map(({ node: d }) => (
        <article className="card" key={d.slug}>
          <h3>
            {d.summary} <span className="badge">{d.demandStatus.toLowerCase().replace("_", " ")}</span>
          </h3>
          <p className="muted">
            {d.topic.name}
            {d.toParty ? ` · of ${d.toParty.name}` : ""} · raised {d.raised.text}
          </p>
          <Quotes quotes={d.evidence} />
        </article>
      ))}
    </>
  );
}
