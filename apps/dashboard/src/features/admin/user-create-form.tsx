"use client";
// Create a staff account: name, email, role and an initial password. An API refusal (an email in use)
// lands on the field it names.
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { formFieldOf } from "@/features/editing/action-result";
import { createUser } from "./actions";
import { AdminField } from "./admin-field";
import { ROLES, USER_FIELDS, userFormSchema, type UserFormValues } from "./admin-form-schema";

export function UserCreateForm() {
  const t = useTranslations("admin");
  const tEnums = useTranslations("enums");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, startSaving] = useTransition();
  const form = useForm<UserFormValues>({
    resolver: zodResolver(userFormSchema),
    defaultValues: { name: "", email: "", role: "EDITOR", password: "" },
  });
  const errors = form.formState.errors;
  const message = (m: string | undefined) => (m === undefined ? undefined : t.has(`errors.${m}`) ? t(`errors.${m}`) : m);

  const onSubmit = form.handleSubmit((values) =>
    startSaving(async () => {
      setFormError(null);
      const result = await createUser(values);
      if (result.ok) {
        toast.success(t("userCreated", { email: values.email }));
        form.reset();
        router.refresh();
        return;
      }
      const field = formFieldOf(result.field, USER_FIELDS);
      if (field) form.setError(field, { type: "server", message: result.message }, { shouldFocus: true });
      else setFormError(result.message);
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("createUser")} className="space-y-4" data-testid="user-create-form">
      {formError ? (
        <p role="alert" className="rounded-md border border-destructive/50 bg-destructive/10 px-3 py-2 text-sm">
          {formError}
        </p>
      ) : null}
      <div className="grid gap-4 md:grid-cols-2">
        <AdminField id="user-name" label={t("name")} error={message(errors.name?.message)}>
          <Input autoComplete="off" {...form.register("name")} />
        </AdminField>
        <AdminField id="user-email" label={t("email")} error={message(errors.email?.message)}>
          <Input type="email" autoComplete="off" {...form.register("email")} />
        </AdminField>
        <AdminField id="user-role" label={t("role")} error={message(errors.role?.message)} hint={t("roleHint")}>
          <NativeSelect {...form.register("role")}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {tEnums(`Role.${role}`)}
              </option>
            ))}
          </NativeSelect>
        </AdminField>
        <AdminField id="user-password" label={t("password")} error={message(errors.password?.message)} hint={t("passwordHint")}>
          <Input type="password" autoComplete="new-password" {...form.register("password")} />
        </AdminField>
      </div>
      <Button type="submit" disabled={saving}>
        {saving ? t("working") : t("createUser")}
      </Button>
    </form>
  );
}
