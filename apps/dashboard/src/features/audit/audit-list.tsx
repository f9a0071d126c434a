// The change history (staff only): newest first, by record type, record, person and period.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data/data-table";
import { FilterBar } from "@/components/data/filter-bar";
import type { SearchParams } from "@/components/data/common-fields";
import { loadFilters, type FilterField } from "@/components/data/filter-spec";
import { dateRange, pageVariables, text } from "@/components/data/filter-values";
import { ListLayout } from "@/components/data/list-layout";
import { PAGE_SIZE } from "@/components/data/page-size";
import { Pagination } from "@/components/data/pagination";
import { AuditListDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import { getFormat } from "@/lib/format";

const ENTITY_TYPES = [
  "Article",
  "Evidence",
  "Position",
  "Demand",
  "Party",
  "Person",
  "Topic",
  "Outlet",
  "NegotiationProcess",
  "Round",
  "Delegation",
  "Proposal",
  "User",
  "ApiKey",
] as const;

/** A day from the filter as the instant it starts (from) or the instant after it ends (to), UTC. */
function dayStart(day: string | undefined, next = false): string | undefined {
  if (!day) return undefined;
  const date = new Date(`${day}T00:00:00Z`);
  if (next) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

export async function AuditList({ searchParams }: { searchParams: SearchParams }) {
  const [t, tLists, format] = await Promise.all([getTranslations("audit"), getTranslations("lists"), getFormat()]);
  const fields: FilterField[] = [
    { kind: "select", key: "type", label: t("entityType"), options: ENTITY_TYPES.map((v) => ({ value: v, label: v })), anyLabel: tLists("any") },
    { kind: "text", key: "record", label: t("record"), placeholder: t("recordPlaceholder") },
    { kind: "text", key: "actor", label: t("actor"), placeholder: t("actorPlaceholder") },
    { kind: "dateRange", key: "at", label: t("period"), fromLabel: tLists("from"), toLabel: tLists("to") },
  ];
  const filters = loadFilters(fields, searchParams);
  const period = dateRange(filters, "at");
  const { auditLog } = await apiRequest(AuditListDocument, {
    ...pageVariables(filters, PAGE_SIZE),
    entityType: text(filters, "type"),
    entityId: text(filters, "record"),
    actorId: text(filters, "actor"),
    from: dayStart(period?.from),
    to: dayStart(period?.to, true),
  });
  return (
    <ListLayout
      title={t("title")}
      description={t("description")}
      total={auditLog.totalCount}
      order={tLists("newestFirst")}
      filters={<FilterBar fields={fields} label={tLists("filters")} />}
    >
      <DataTable
        caption={t("title")}
        empty={tLists("empty")}
        columns={[
          { id: "at", header: t("at"), className: "whitespace-nowrap" },
          { id: "actor", header: t("actor") },
          { id: "action", header: t("action") },
          { id: "type", header: t("entityType") },
          { id: "record", header: t("record") },
          { id: "version", header: t("version"), className: "text-right tabular-nums" },
        ]}
        rows={auditLog.edges.map(({ node: e }, i) => ({
          id: `${e.entityId}-${e.at}-${i}`,
          cells: {
            at: format.instant(e.at),
            actor: e.actorName ?? t("system"),
            action: e.action,
            type: e.entityType,
            record: <code className="text-xs break-all">{e.recordId ?? e.entityId}</code>,
            version: e.version === null ? "—" : format.number(e.version),
          },
        }))}
      />
      <Pagination pathname="/audit" searchParams={searchParams} pageInfo={auditLog.pageInfo} />
    </ListLayout>
  );
}
