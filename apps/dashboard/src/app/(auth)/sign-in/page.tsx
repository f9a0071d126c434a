import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeReturnTo } from "@/features/auth/return-to";
import { getSignedInUser } from "@/lib/api";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signIn") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const returnTo = safeReturnTo((await searchParams).returnTo);
  if (await getSignedInUser()) redirect(returnTo);
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto max-w-sm py-8">
      <Card>
        <CardHeader>
          <h1 className="text-xl font-semibold">{t("title")}</h1>
          <CardDescription>{t("intro")}</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm returnTo={returnTo} />
        </CardContent>
      </Card>
    </div>
  );
}
