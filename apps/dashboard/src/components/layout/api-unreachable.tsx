// What a page shows when the API does not answer: what happened, what to do, and a retry.
import { getTranslations } from "next-intl/server";
import { CloudOff } from "lucide-react";
import { RetryButton } from "./retry-button";

export async function ApiUnreachable() {
  const t = await getTranslations("errors");
  return (
    <section
      role="alert"
      aria-labelledby="unreachable-title"
      data-testid="api-unreachable"
      className="mx-auto max-w-xl rounded-lg border bg-card p-8 text-center"
    >
      <CloudOff className="mx-auto mb-4 size-10 text-muted-foreground" aria-hidden />
      <h1 id="unreachable-title" className="text-xl font-semibold">
        {t("unreachableTitle")}
      </h1>
      <p className="mt-2 text-muted-foreground">{t("unreachableBody")}</p>
      <div className="mt-6">
        <RetryButton label={t("retry")} />
      </div>
    </section>
  );
}
