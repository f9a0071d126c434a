// The history page of any record by its global id: every change with a readable diff, revert, restore.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { TextLink } from "@/components/data/text-link";
import { changeRecordState, revertRecord } from "./actions";
import { typeOfGlobalId } from "./global-id";
import { historyPresenter } from "./history-presenters";
import { HistoryPanel } from "./history-panel";

/** `recordHref`: where a restore leads; `backHref`: the record's page, when the link that came here named it. */
export async function RecordHistory({ id, recordHref, backHref }: { id: string; recordHref: string; backHref?: string }) {
  const [t, presenter] = await Promise.all([getTranslations("editing"), historyPresenter(typeOfGlobalId(id))]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("history.pageTitle")} meta={backHref ? <TextLink href={backHref}>{t("backToRecord")}</TextLink> : undefined} />
      <HistoryPanel id={id} presenter={presenter} revert={revertRecord} restore={changeRecordState} recordHref={recordHref} />
    </div>
  );
}
