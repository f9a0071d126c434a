// Staff accounts (administrators only): who has which role, who is deactivated, and a form for a new one.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { Section } from "@/components/detail/section";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { AdminUsersDocument } from "@/generated/graphql";
import { apiRequest, getSignedInUser } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { AdminNav } from "./admin-nav";
import { UserActions } from "./user-actions";
import { UserCreateForm } from "./user-create-form";

export async function UserList() {
  const [t, tEnums, format, me, { users }] = await Promise.all([
    getTranslations("admin"),
    getTranslations("enums"),
    getFormat(),
    getSignedInUser(),
    apiRequest(AdminUsersDocument, {}),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={t("eyebrow")} title={t("usersTitle")} description={t("usersDescription")} />
      <AdminNav current="/admin/users" />
      <DataTable
        caption={t("usersTitle")}
        empty={t("noUsers")}
        columns={[
          { id: "name", header: t("name") },
          { id: "email", header: t("email") },
          { id: "role", header: t("role") },
          { id: "state", header: t("state") },
          { id: "created", header: t("created"), className: "whitespace-nowrap" },
          { id: "actions", header: t("actions"), className: "text-right" },
        ]}
        rows={users.map((u) => ({
          id: u.id,
          cells: {
            name: (
              <span className="font-medium">
                {u.name}
                {u.email === me?.email ? <span className="ml-1 text-xs font-normal text-muted-foreground">{t("you")}</span> : null}
              </span>
            ),
            email: <span className="break-all">{u.email}</span>,
            role: tEnums(`Role.${u.role}`),
            state: u.disabled ? <Badge variant="outline">{t("deactivatedState")}</Badge> : <Badge>{t("activeState")}</Badge>,
            created: format.instant(u.createdAt),
            actions: <UserActions user={u} isSelf={u.email === me?.email} />,
          },
        }))}
      />
      <Section id="new-user" title={t("createUser")}>
        <UserCreateForm />
      </Section>
    </div>
  );
}
