// The "merge a duplicate into this" section of a person's or topic's page, for editors only.
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/detail/section";
import { canEdit, getSignedInUser } from "@/lib/api";
import type { MergeKind } from "./actions";
import { MergePanel } from "./merge-panel";

export async function MergeSection({ kind, keep }: { kind: MergeKind; keep: { id: string; name: string } }) {
  const [t, user] = await Promise.all([getTranslations("merge"), getSignedInUser()]);
  if (!canEdit(user)) return null;
  return (
    <Section id="merge" title={t(`title.${kind}`)} defaultOpen={false}>
      <MergePanel kind={kind} keep={keep} />
    </Section>
  );
}
