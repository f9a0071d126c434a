import { getTranslations } from "next-intl/server";
import { DemandItem, type DemandItemValue } from "./demand-item";

/** Demands on another record's page, each folded with its quotes; says so when there are none. */
export async function DemandItems({ demands }: { demands: DemandItemValue[] }) {
  const t = await getTranslations("common");
  if (demands.length === 0) return <p className="text-sm text-muted-foreground">{t("noneRecorded")}</p>;
  return (
    <ul className="grid gap-2">
      {demands.map((d) => (
        <DemandItem key={d.id} demand={d} />
      ))}
    </ul>
  );
}
