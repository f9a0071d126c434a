import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <section aria-labelledby="nf-title" className="mx-auto max-w-xl py-12 text-center">
      <p className="text-sm font-medium text-muted-foreground">404</p>
      <h1 id="nf-title" className="mt-1 text-2xl font-semibold">
        {t("notFoundTitle")}
      </h1>
      <p className="mt-2 text-muted-foreground">{t("notFoundBody")}</p>
      <div className="mt-6 flex justify-center gap-2">
        <Button asChild>
          <Link href="/">{t("backHome")}</Link>
        </Button>
        <Button asChild variant="outline">
          <Link href="/search">{t("search")}</Link>
        </Button>
      </div>
    </section>
  );
}
