// Editorial status, version and the last change (who, when) of a record. The change history is
// staff-only in the API, so anonymous visitors see status and version only.
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { LastChangeDocument, type EditorialStatus } from "@/generated/graphql";
import { apiRequest, getSignedInUser, isStaff } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { TextLink } from "@/components/data/text-link";
import { historyHref } from "@/features/editing/history-href";

export async function RecordMeta({ id, status, version }: { id: string; status: EditorialStatus; version?: number }) {
  const [t, tEditing, format, user] = await Promise.all([getTranslations("common"), getTranslations("editing"), getFormat(), getSignedInUser()]);
  const last = isStaff(user) ? (await apiRequest(LastChangeDocument, { entityId: id })).auditLog.edges[0]?.node : undefined;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground" data-testid="record-meta">
      <Badge variant={status === "DRAFT" ? "draft" : "outline"}>{format.enumLabel("EditorialStatus", status)}</Badge>
      {version !== undefined ? <span>{t("version", { version })}</span> : null}
      {isStaff(user) ? (
        <span>
          {last
            ? last.actorName
              ? t("lastChange", { who: last.actorName, when: format.instant(last.at) })
              : t("lastChangeUnknownActor", { when: format.instant(last.at) })
            : t("neverChanged")}
        </span>
      ) : null}
      {isStaff(user) ? <TextLink href={await historyHref(id)}>{tEditing("history.open")}</TextLink> : null}
    </div>
  );
}
