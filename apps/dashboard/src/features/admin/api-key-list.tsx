// Partner API keys (administrators only): what each may do, when it expires, when it was last used.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { Section } from "@/components/detail/section";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { AdminApiKeysDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";
import { AdminNav } from "./admin-nav";
import { ApiKeyCreateForm } from "./api-key-create-form";
import { ApiKeyRevoke } from "./api-key-revoke";

export async function ApiKeyList() {
  const [t, format, { apiKeys }] = await Promise.all([getTranslations("admin"), getFormat(), apiRequest(AdminApiKeysDocument, {})]);
  const now = Date.now();
  return (
    <div className="space-y-6">
      <PageHeader eyebrow={t("eyebrow")} title={t("apiKeysTitle")} description={t("apiKeysDescription")} />
      <AdminNav current="/admin/api-keys" />
      <Section id="new-key" title={t("createApiKey")}>
        <ApiKeyCreateForm />
      </Section>
      <DataTable
        caption={t("apiKeysTitle")}
        empty={t("noKeys")}
        columns={[
          { id: "name", header: t("keyName") },
          { id: "prefix", header: t("prefix") },
          { id: "scopes", header: t("scopes") },
          { id: "state", header: t("state") },
          { id: "expires", header: t("expiry"), className: "whitespace-nowrap" },
          { id: "created", header: t("created"), className: "whitespace-nowrap" },
          { id: "lastUsed", header: t("lastUsed"), className: "whitespace-nowrap" },
          { id: "actions", header: t("actions"), className: "text-right" },
        ]}
        rows={apiKeys.map((k) => {
          const expired = k.expiresAt !== null && new Date(k.expiresAt).getTime() <= now;
          return {
            id: k.id,
            cells: {
              name: <span className="font-medium">{k.name}</span>,
              prefix: <code className="text-xs">{k.prefix}…</code>,
              scopes: (
                <span className="flex flex-wrap gap-1">
                  {k.scopes.map((s) => (
                    <Badge key={s} variant="outline">
                      {t(`scope.${s}`)}
                    </Badge>
                  ))}
                </span>
              ),
              state: k.revokedAt ? (
                <Badge variant="outline">{t("revokedState")}</Badge>
              ) : expired ? (
                <Badge variant="outline">{t("expiredState")}</Badge>
              ) : (
                <Badge>{t("activeState")}</Badge>
              ),
              expires: k.expiresAt ? format.instant(k.expiresAt) : t("expiryNever"),
              created: format.instant(k.createdAt),
              lastUsed: k.lastUsedAt ? format.instant(k.lastUsedAt) : t("neverUsed"),
              actions: k.revokedAt ? null : <ApiKeyRevoke id={k.id} name={k.name} />,
            },
          };
        })}
      />
    </div>
  );
}
