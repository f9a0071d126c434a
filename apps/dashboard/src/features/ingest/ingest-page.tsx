// /articles/new: an editor brings in an article (text and metadata); stored as a draft, then read.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { IngestForm } from "./ingest-form";

export async function IngestPage() {
  const t = await getTranslations("ingest");
  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("pageTitle")} description={t("pageDescription")} />
      <IngestForm />
    </>
  );
}
