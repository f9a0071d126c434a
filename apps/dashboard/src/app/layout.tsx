import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { Providers } from "@/components/layout/providers";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { clientMessages } from "@/messages/client";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: "Parley", template: "%s · Parley" }, description: t("tagline") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations("common")]);
  return (
    <html lang={locale} suppressHydrationWarning>
      <body className="min-h-screen font-sans">
        {/* Client components get only the namespaces they use, not the whole catalogue. */}
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <Providers>
            <SkipLink label={t("skipToContent")} />
            <SiteHeader />
            <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none">
              {children}
            </main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
