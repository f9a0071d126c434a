"use server";
// Creates a missing party, person, topic or outlet from inside another form; answers the picker's option.
import { getTranslations } from "next-intl/server";
import { QuickCreateOutletDocument, QuickCreatePartyDocument, QuickCreatePersonDocument, QuickCreateTopicDocument } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionResult } from "./action-result";
import type { PickOption } from "./pick-option";
import { quickCreateSchema, type QuickCreateKind, type QuickCreateValues } from "./quick-create-schema";
import { runAction } from "./run-action";

export async function quickCreateRecord(kind: QuickCreateKind, values: QuickCreateValues): Promise<ActionResult<PickOption>> {
  const parsed = quickCreateSchema.safeParse(values);
  if (!parsed.success) {
    const t = await getTranslations("editing");
    return { ok: false, code: "BAD_USER_INPUT", field: parsed.error.issues[0]?.path.map(String).join("."), message: t("errors.invalid") };
  }
  const { name, slug, kind: partyKind } = parsed.data;
  return runAction(async (): Promise<PickOption> => {
    switch (kind) {
      case "party": {
        const p = (await apiRequest(QuickCreatePartyDocument, { input: { name, slug, kind: partyKind } })).createParty;
        return { id: p.id, label: p.name };
      }
      case "person": {
        const p = (await apiRequest(QuickCreatePersonDocument, { input: { name, slug } })).createPerson;
        return { id: p.id, label: p.name };
      }
      case "topic": {
        const p = (await apiRequest(QuickCreateTopicDocument, { input: { name, slug } })).createTopic;
        return { id: p.id, label: p.name, ...(p.proposition ? { proposition: p.proposition } : {}) };
      }
      case "outlet": {
        const o = (await apiRequest(QuickCreateOutletDocument, { input: { name, slug } })).createOutlet;
        return { id: o.id, label: o.name };
      }
    }
  });
}
