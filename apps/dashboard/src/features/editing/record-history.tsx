// The history page of any record by its global id: every change with a readable diff, revert, restore.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { changeRecordState, revertRecord } from "./actions";
import { typeOfGlobalId } from "./global-id";
import { historyPresenter } from "./history-presenters";
import { HistoryPanel } from "./history-panel";

export async function RecordHistory({ id, recordHref }: { id: string; recordHref: string }) {
  const [t, presenter] = await Promise.all([getTranslations("editing"), historyPresenter(typeOfGlobalId(id))]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <PageHeader title={t("history.pageTitle")} />
      <HistoryPanel id={id} presenter={presenter} revert={revertRecord} restore={changeRecordState} recordHref={recordHref} />
    </div>
  );
}
