import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnalysisHome } from "@/features/analysis/analysis-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("analysis"))("title") };
}

export default function Page() {
  return AnalysisHome();
}
