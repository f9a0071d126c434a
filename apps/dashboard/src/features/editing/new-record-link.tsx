// "New …" on a list page, for editors only.
import "server-only";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { canEdit, getSignedInUser } from "@/lib/api";

type NewKind = "party" | "person" | "topic" | "outlet" | "process" | "delegation" | "round" | "demand" | "proposal";

export async function NewRecordLink({ href, kind }: { href: string; kind: NewKind }) {
  if (!canEdit(await getSignedInUser())) return null;
  const t = await getTranslations("records");
  return (
    <Button asChild size="sm">
      <Link href={href}>
        <Plus aria-hidden />
        {t(`new.${kind}`)}
      </Link>
    </Button>
  );
}
