// next-intl without i18n routing: the locale comes from a cookie (then the browser's Accept-Language).
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "@/messages";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "./locales";

async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  const accepted = (await headers()).get("accept-language") ?? "";
  return /^nl\b/i.test(accepted.trim()) ? "nl" : defaultLocale;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Amsterdam" };
});
