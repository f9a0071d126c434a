// On a round's page, for editors: its delegations with Edit / Publish / Delete each, and "New delegation".
import "server-only";
import { getTranslations } from "next-intl/server";
import { DelegationRoundDocument } from "@/generated/graphql";
import { apiRequest, canEdit, getSignedInUser } from "@/lib/api";
import { EditorRecordActions } from "@/features/editing/editor-record-actions";
import { NewRecordLink } from "@/features/editing/new-record-link";

export async function RoundDelegationsEditor({ slug }: { slug: string }) {
  if (!canEdit(await getSignedInUser())) return null;
  const [t, { round }] = await Promise.all([getTranslations("records"), apiRequest(DelegationRoundDocument, { slug })]);
  if (!round) return null;
  const roundHref = `/rounds/${round.slug}`;
  return (
    <div className="mb-4 space-y-2 rounded-md border border-dashed p-3" data-testid="delegations-editor">
      <ul className="grid gap-2">
        {round.delegations.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <span className="font-medium">
              {d.party.name} <span className="font-normal text-muted-foreground">· {t("affected.seats", { count: d.members.length })}</span>
            </span>
            <EditorRecordActions
              id={d.id}
              version={d.version}
              status={d.status}
              kind="delegation"
              editHref={`/delegations/${encodeURIComponent(d.id)}/edit`}
              recordHref={roundHref}
              counts={{ seats: d.members.length }}
            />
          </li>
        ))}
      </ul>
      <NewRecordLink href={`/delegations/new?round=${encodeURIComponent(round.slug)}`} kind="delegation" />
    </div>
  );
}
