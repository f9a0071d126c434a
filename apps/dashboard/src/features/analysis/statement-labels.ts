// The words client components need around statements, translated on the server and passed as props.
import "server-only";
import { getTranslations } from "next-intl/server";

export interface StatementLabels {
  close: string;
  quotes: string;
  noQuotes: string;
  round: string;
  reported: string;
  openPosition: string;
  /** Shown when the position has more quotes than the dialog lists. */
  moreQuotes: string;
}

export async function statementLabels(): Promise<StatementLabels> {
  const t = await getTranslations("analysis");
  return {
    close: t("close"),
    quotes: t("quotes"),
    noQuotes: t("noQuotes"),
    round: t("round"),
    reported: t("reported"),
    openPosition: t("openPosition"),
    moreQuotes: t("moreQuotesGeneric"),
  };
}
