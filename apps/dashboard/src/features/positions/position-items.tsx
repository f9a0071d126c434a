import { getTranslations } from "next-intl/server";
import { PositionItem, type PositionItemValue } from "./position-item";

/** Positions on another record's page, each folded with its quotes; says so when there are none. */
export async function PositionItems({ positions }: { positions: PositionItemValue[] }) {
  const t = await getTranslations("common");
  if (positions.length === 0) return <p className="text-sm text-muted-foreground">{t("noneRecorded")}</p>;
  return (
    <ul className="grid gap-2">
      {positions.map((p) => (
        <PositionItem key={p.id} position={p} />
      ))}
    </ul>
  );
}
