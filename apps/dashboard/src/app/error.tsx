"use client";
// Anything a page did not handle itself. API errors with a meaning (404, sign-in, unreachable) are
// handled by lib/api/guard before they get here.
import { useTranslations } from "next-intl";
import { RetryButton } from "@/components/layout/retry-button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <section role="alert" aria-labelledby="error-title" className="mx-auto max-w-xl py-12 text-center">
      <h1 id="error-title" className="text-2xl font-semibold">
        {t("errorTitle")}
      </h1>
      <p className="mt-2 text-muted-foreground">{t("errorBody")}</p>
      <div className="mt-6">
        <RetryButton label={t("retry")} onRetry={reset} />
      </div>
    </section>
  );
}
