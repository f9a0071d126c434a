import Link from "next/link";
import type { PositionPartsFragment } from "@parley/client";
import { Quotes } from "../evidence/quote";

export function StanceBadge({ stance }: { stance: PositionPartsFragment["stance"] }) {
  return <span className={`badge stance ${stance}`}>{stance.replace("_", " ").toLowerCase()}</span>;
}

export function PositionCard({ position, show = "party" }: { position: PositionPartsFragment; show?: "party" | "topic" }) {
  return (
    <article className="card" aria-label={`${position.party.name} on ${position.topic.name}`}>
      <h3>
        {show === "party" ? <Link href={`/parties/${position.party.slug}`}>{position.party.name}</Link> : position.topic.name}
        {show === "party" ? ` on ${position.topic.name}` : ""} <StanceBadge stance={position.stance} />{" "}
        <span className="badge">{position.movement.toLowerCase()}</span>
      </h3>
      <p>{position.summary}</p>
      <p className="muted">
        Stated {position.stated.text}
        {position.round ? (
          <>
            {" "}
            at <Link href={`/rounds/${position.round.slug}`}>{position.round.title}</Link>
          </>
        ) : null}
      </p>
      <Quotes quotes={position.evidence} />
    </article>
  );
}
