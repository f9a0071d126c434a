// A record page's editing controls (only for editors): Edit, Publish/Unpublish and Delete, each state
// change confirmed with what else it touches, worded from the counts the page already has.
import "server-only";
import { canEdit, getSignedInUser } from "@/lib/api";
import { affectedLines, type AffectedKind } from "./affected-records";
import { RecordStateActions, type RecordKind } from "./record-state-actions";

interface EditorRecordActionsProps {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED";
  kind: RecordKind;
  editHref: string;
  recordHref: string;
  counts?: Partial<Record<AffectedKind, number>>;
}

export async function EditorRecordActions({ counts = {}, ...props }: EditorRecordActionsProps) {
  if (!canEdit(await getSignedInUser())) return null;
  return <RecordStateActions {...props} affected={await affectedLines(counts)} />;
}
