"use client";
// Create a partner API key: a name, its scopes and an expiry. The secret comes back once and is shown
// here once, with a copy button; it lives only in this component's memory (no URL, no draft, no storage)
// and is gone when the administrator closes it or leaves the page.
import { useState, useTransition } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Check, Copy } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { formFieldOf } from "@/features/editing/action-result";
import { createApiKey } from "./actions";
import { AdminField } from "./admin-field";
import { API_KEY_FIELDS, API_KEY_SCOPES, EXPIRY_DAYS, apiKeyFormSchema, type ApiKeyFormValues } from "./admin-form-schema";

export function ApiKeyCreateForm() {
  const t = useTranslations("admin");
  const router = useRouter();
  const [secret, setSecret] = useState<{ key: string; name: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const form = useForm<ApiKeyFormValues>({
    resolver: zodResolver(apiKeyFormSchema),
    defaultValues: { name: "", scopes: ["READ_PUBLISHED"], expiresInDays: 90 },
  });
  const errors = form.formState.errors;
  const message = (m: string | undefined) => (m === undefined ? undefined : t.has(`errors.${m}`) ? t(`errors.${m}`) : m);

  const onSubmit = form.handleSubmit((values) =>
    startSaving(async () => {
      setFormError(null);
      const result = await createApiKey(values);
      if (result.ok) {
        setSecret({ key: result.value.key, name: values.name });
        setCopied(false);
        form.reset();
        router.refresh();
        return;
      }
      const field = formFieldOf(result.field, API_KEY_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    }),
  );

  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret.key);
      setCopied(true);
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  };

  if (secret) {
    return (
      <div role="status" className="space-y-3 rounded-md border border-primary/40 bg-primary/5 p-4" data-testid="api-key-secret">
        <p className="font-medium">{t("secretTitle", { name: secret.name })}</p>
        <p className="text-sm text-muted-foreground">{t("secretOnce")}</p>
        <div className="flex flex-wrap items-center gap-2">
          <code className="min-w-0 flex-1 break-all rounded-md border bg-background px-3 py-2 font-mono text-sm" data-testid="api-key-secret-value">
            {secret.key}
          </code>
          <Button type="button" variant="outline" onClick={copy}>
            {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
            {copied ? t("copiedButton") : t("copy")}
          </Button>
        </div>
        <Button type="button" onClick={() => setSecret(null)}>
          {t("secretDone")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("createApiKey")} className="space-y-4" data-testid="api-key-create-form">
      {formError ? (
        <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
          {formError}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <AdminField id="key-name" label={t("keyName")} error={message(errors.name?.message)} hint={t("keyNameHint")}>
          <Input autoComplete="off" {...form.register("name")} />
        </AdminField>
        <AdminField id="key-expiry" label={t("expiry")} error={message(errors.expiresInDays?.message)}>
          <NativeSelect {...form.register("expiresInDays")}>
            {EXPIRY_DAYS.map((days) => (
              <option key={days} value={days}>
                {days === 0 ? t("expiryNever") : t("expiryDays", { days })}
              </option>
            ))}
          </NativeSelect>
        </AdminField>
      </div>
      <fieldset className="space-y-2" aria-describedby={errors.scopes ? "key-scopes-error" : undefined}>
        <legend className="text-sm font-medium">{t("scopes")}</legend>
        <Controller
          control={form.control}
          name="scopes"
          render={({ field }) => (
            <div className="space-y-2">
              {API_KEY_SCOPES.map((scope) => (
                <label key={scope} className="flex items-start gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="mt-0.5 size-4 accent-primary"
                    checked={field.value.includes(scope)}
                    onChange={(e) => field.onChange(e.target.checked ? [...field.value, scope] : field.value.filter((s) => s !== scope))}
                  />
                  <span>
                    <span className="font-medium">{t(`scope.${scope}`)}</span>
                    <span className="block text-muted-foreground">{t(`scopeHint.${scope}`)}</span>
                  </span>
                </label>
              ))}
            </div>
          )}
        />
        {errors.scopes ? (
          <p id="key-scopes-error" className="text-sm text-destructive">
            {message(errors.scopes.message)}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={saving}>
        {saving ? t("working") : t("createApiKey")}
      </Button>
    </form>
  );
}
