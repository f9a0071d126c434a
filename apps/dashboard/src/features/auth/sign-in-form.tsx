"use client";
// Email and password against the API's better-auth endpoint, proxied on this origin (first-party cookie).
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const schema = z.object({
  email: z.email({ error: "emailInvalid" }),
  password: z.string().min(1, { error: "passwordRequired" }),
});
type Values = z.infer<typeof schema>;

export function SignInForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const [failure, setFailure] = useState<"invalid" | "tooMany" | "failed" | null>(null);
  const { register, handleSubmit, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: "", password: "" } });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      });
    } catch {
      setFailure("failed");
      return;
    }
    if (response.ok) {
      router.replace(returnTo);
      router.refresh();
      return;
    }
    setFailure(response.status === 401 || response.status === 400 ? "invalid" : response.status === 429 ? "tooMany" : "failed");
  });

  const emailError = formState.errors.email?.message;
  const passwordError = formState.errors.password?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {failure ? (
        <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
          {t(failure)}
        </p>
      ) : null}
      <div className="grid gap-2">
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={Boolean(emailError)}
          aria-describedby={emailError ? "email-error" : undefined}
          {...register("email")}
        />
        {emailError ? (
          <p id="email-error" className="text-sm text-destructive">
            {t(emailError)}
          </p>
        ) : null}
      </div>
      <div className="grid gap-2">
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(passwordError)}
          aria-describedby={passwordError ? "password-error" : undefined}
          {...register("password")}
        />
        {passwordError ? (
          <p id="password-error" className="text-sm text-destructive">
            {t(passwordError)}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
