// The proposal form's pages: a new proposal, and a proposal as it stands, handed to the client form.
import { getTranslations } from "next-intl/server";
import { found } from "@/lib/api";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { ProposalForm } from "./proposal-form";
import { proposalHref } from "./proposal-href";
import { EMPTY_PROPOSAL, loadProposalRecord } from "./proposal-record";

export async function ProposalNew() {
  const t = await getTranslations("talks");
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader eyebrow={t("proposal.eyebrow")} title={t("proposal.newTitle")} meta={<TextLink href="/proposals">{t("proposal.backToList")}</TextLink>} />
      <ProposalForm record={{ id: null, version: 0, values: EMPTY_PROPOSAL }} />
    </div>
  );
}

export async function ProposalEdit({ id }: { id: string }) {
  const [t, tEditing, record] = await Promise.all([getTranslations("talks"), getTranslations("editing"), loadProposalRecord(id)]);
  const proposal = found(record);
  return (
    <div className="mx-auto max-w-4xl">
      <PageHeader
        eyebrow={`${t("proposal.eyebrow")} · ${proposal.values.title}`}
        title={t("proposal.editTitle")}
        meta={<TextLink href={proposalHref(id)}>{tEditing("backToRecord")}</TextLink>}
      />
      <ProposalForm record={proposal} />
    </div>
  );
}
