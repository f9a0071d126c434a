import Link from "next/link";
import { notFound } from "next/navigation";
import { RoundPageDocument } from "@parley/client";
import { Quotes } from "../../../components/evidence/quote";
import { PositionCard } from "../../../components/positions/position-card";
import { query } from "../../../lib/graphql";

export default async function RoundPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { round } = await query(RoundPageDocument, { slug });
  if (!round) notFound();
  return (
    <>
      <p className="muted">{round.process?.name}</p>
      <h1>{round.title}</h1>
      <p>
        <span className="badge">{round.roundStatus.toLowerCase()}</span> <span className="badge">{round.format.replace("_", " ").toLowerCase()}</span>{" "}
        {round.start.text}
        {round.end.text !== round.start.text && round.end.text !== "date unknown" ? ` – ${round.end.text}` : ""}
        {round.city ? ` · ${round.city}` : ""}
        {round.venue ? `, ${round.venue}` : ""}
      </p>
      {round.summary ? <p>{round.summary}</p> : null}
      {round.outcome ? <p><strong>Outcome:</strong> {round.outcome}</p> : null}

      <div className="grid2">
        <section className="card" aria-labelledby="participants">
          <h2 id="participants">Participants</h2>
          <ul>
            {round.participants.map((p) => (
              <li key={`${p.party.slug}-${p.role}`}>
                <Link href={`/parties/${p.party.slug}`}>{p.party.name}</Link> <span className="muted">({p.role.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="dates">
          <h2 id="dates">What the sources say about the date</h2>
          {round.dateReports.length === 0 ? <p className="muted">No dated reports.</p> : null}
          {round.dateReports.map((r, i) => (
            <div key={i}>
              <p>
                <span className="badge">{r.kind.toLowerCase()}</span> {r.start.text}
                {r.end.text !== "date unknown" && r.end.text !== r.start.text ? ` – ${r.end.text}` : ""} {r.note ? <span className="muted">— {r.note}</span> : null}
              </p>
              {r.evidence ? <Quotes quotes={[r.evidence]} /> : null}
            </div>
          ))}
        </section>
      </div>

      <section aria-labelledby="delegations">
        <h2 id="delegations">Delegations</h2>
        <div className="grid2">
          {round.delegations.map((d) => (
            <div className="card" key={d.party.slug}>
              <h3>{d.party.name}</h3>
              {d.note ? <p className="muted">{d.note}</p> : null}
              <ul>
                {d.members.map((m) => (
                  <li key={m.person.name}>
                    {m.person.name} <span className="muted">({m.role.toLowerCase()})</span>{" "}
                    <span className={`badge ${m.attendance === "UNCERTAIN" ? "uncertain" : ""}`}>{m.attendance.toLowerCase()}</span>
                    {m.evidence ? <Quotes quotes={[m.evidence]} /> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="positions">
        <h2 id="positions">Positions stated at this round</h2>
        {round.positions.edges.length === 0 ? <p className="muted">None recorded.</p> : null}
        {round.positions.edges.map(({ node }) => (
          <PositionCard key={node.id} position={node} />
        ))}
      </section>
    </>
  );
}
