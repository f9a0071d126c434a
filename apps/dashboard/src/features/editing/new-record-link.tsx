// "New …" on a list, for editors only (analysts and anonymous readers see nothing).
import Link from "next/link";
import { Plus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { canEdit, getSignedInUser } from "@/lib/api";

export async function NewRecordLink({ href, label }: { href: string; label: string }) {
  if (!canEdit(await getSignedInUser())) return null;
  return (
    <Button asChild size="sm">
      <Link href={href}>
        <Plus aria-hidden />
        {label}
      </Link>
    </Button>
  );
}
