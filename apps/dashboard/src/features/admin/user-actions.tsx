"use client";
// What an administrator can do to one account, each asked first: change its role, end its sessions,
// deactivate or reactivate it. The API's refusals (the last administrator, your own account) are shown
// in the dialog.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { ConfirmDialog } from "@/features/editing/confirm-dialog";
import { endSessions, setUserDisabled, setUserRole } from "./actions";
import { ROLES, type Role } from "./admin-form-schema";

interface UserActionsProps {
  user: { id: string; name: string; email: string; role: Role; disabled: boolean };
  isSelf: boolean;
}

export function UserActions({ user, isSelf }: UserActionsProps) {
  const t = useTranslations("admin");
  const tEnums = useTranslations("enums");
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const done = (message: string) => {
    toast.success(message);
    router.refresh();
    return null;
  };
  const who = { name: user.name, email: user.email };
  return (
    <div className="flex flex-wrap justify-end gap-2">
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm" aria-label={t("changeRoleOf", who)}>
            {t("changeRole")}
          </Button>
        }
        title={t("changeRoleTitle", who)}
        description={
          <>
            <p>{t("changeRoleBody")}</p>
            <div className="space-y-1 pt-1 text-foreground">
              <Label htmlFor={`role-${user.id}`}>{t("newRole")}</Label>
              <NativeSelect id={`role-${user.id}`} value={role} onChange={(e) => setRole(ROLES.find((r) => r === e.target.value) ?? user.role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tEnums(`Role.${r}`)}
                  </option>
                ))}
              </NativeSelect>
            </div>
          </>
        }
        confirmLabel={t("changeRole")}
        onConfirm={async () => {
          const result = await setUserRole(user.id, role);
          return result.ok ? done(t("roleChanged", { ...who, role: tEnums(`Role.${role}`) })) : result.message;
        }}
      />
      <ConfirmDialog
        trigger={
          <Button variant="outline" size="sm" aria-label={t("endSessionsOf", who)}>
            {t("endSessions")}
          </Button>
        }
        title={t("endSessionsTitle", who)}
        description={<p>{t("endSessionsBody")}</p>}
        confirmLabel={t("endSessions")}
        onConfirm={async () => {
          const result = await endSessions(user.id);
          return result.ok ? done(t("sessionsEnded", { count: result.value })) : result.message;
        }}
      />
      {user.disabled ? (
        <ConfirmDialog
          trigger={
            <Button variant="outline" size="sm" aria-label={t("reactivateOf", who)}>
              {t("reactivate")}
            </Button>
          }
          title={t("reactivateTitle", who)}
          description={<p>{t("reactivateBody")}</p>}
          confirmLabel={t("reactivate")}
          onConfirm={async () => {
            const result = await setUserDisabled(user.id, false);
            return result.ok ? done(t("reactivated", who)) : result.message;
          }}
        />
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="outline" size="sm" disabled={isSelf} aria-label={t("deactivateOf", who)} title={isSelf ? t("cannotDeactivateSelf") : undefined}>
              {t("deactivate")}
            </Button>
          }
          title={t("deactivateTitle", who)}
          description={<p>{t("deactivateBody")}</p>}
          confirmLabel={t("deactivate")}
          destructive
          onConfirm={async () => {
            const result = await setUserDisabled(user.id, true);
            return result.ok ? done(t("deactivated", who)) : result.message;
          }}
        />
      )}
    </div>
  );
}
