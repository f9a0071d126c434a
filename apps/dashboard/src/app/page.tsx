import Link from "next/link";
import { OverviewDocument } from "@parley/client";
import { query } from "../lib/graphql";

export default async function OverviewPage() {
  const data = await query(OverviewDocument, {});
  const stats = [
    ["Articles", data.articles.totalCount],
    ["Positions", data.positions.totalCount],
    ["Demands", data.demands.totalCount],
    ["Rounds and meetings", data.rounds.totalCount],
  ] as const;
  return (
    <>
      <h1>Negotiations at a glance</h1>
      <section className="stats" aria-label="Totals">
        {stats.map(([label, n]) => (
          <div className="stat" key={label}>
            <strong>{n}</strong>
            {label}
          </div>
        ))}
      </section>
      {data.processes.edges.map(({ node: process }) => (
        <section className="card" key={process.slug} aria-labelledby={`p-${process.slug}`}>
          <h2 id={`p-${process.slug}`}>{process.name}</h2>
          {process.description ? <p className="muted">{process.description}</p> : null}
          <table>
            <thead>
              <tr>
                <th scope="col">Round</th>
                <th scope="col">When</th>
                <th scope="col">Where</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {process.rounds.edges.map(({ node: r }) => (
                <tr key={r.slug}>
                  <td>
                    <Link href={`/rounds/${r.slug}`}>{r.title}</Link>
                  </td>
                  <td>{r.start.text === r.end.text || r.end.text === "date unknown" ? r.start.text : `${r.start.text} – ${r.end.text}`}</td>
                  <td>{r.city ?? "—"}</td>
                  <td>
                    <span className="badge">{r.roundStatus.toLowerCase()}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
