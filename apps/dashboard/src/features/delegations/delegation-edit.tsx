// The delegation form's pages: a new delegation at a round, or one as it stands.
import { getTranslations } from "next-intl/server";
import { apiRequest, found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { DelegationRoundDocument } from "@/generated/graphql";
import { DelegationForm } from "./delegation-form";
import { loadDelegationRecord } from "./delegation-record";

export async function DelegationNew({ roundSlug }: { roundSlug: string | undefined }) {
  const [t, round] = await Promise.all([
    getTranslations("records"),
    roundSlug ? apiRequest(DelegationRoundDocument, { slug: roundSlug }).then((r) => r.round) : Promise.resolve(null),
  ]);
  const back = round ? `/rounds/${round.slug}#delegations` : "/rounds";
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={round?.title ?? t("kinds.delegation")}
        title={t("forms.delegation.new")}
        meta={<TextLink href={back}>{t("backToRecord")}</TextLink>}
      />
      <DelegationForm
        record={{ id: null, version: 0, values: { party: null, round: round ? { id: round.id, label: round.title } : null, members: [], note: "" } }}
        cancelHref={back}
      />
    </div>
  );
}

export async function DelegationEdit({ id }: { id: string }) {
  const [t, record] = await Promise.all([getTranslations("records"), loadDelegationRecord(id)]);
  const delegation = found(record);
  const back = `/rounds/${delegation.roundSlug}#delegations`;
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={`${delegation.values.party?.label ?? ""} · ${delegation.values.round?.label ?? ""}`}
        title={t("forms.delegation.edit")}
        meta={<TextLink href={back}>{t("backToRecord")}</TextLink>}
      />
      <DelegationForm record={{ id: delegation.id, version: delegation.version, values: delegation.values }} cancelHref={back} />
    </div>
  );
}
