"use server";
// Merging duplicates (people, topics): a preview of what moves, taken with both records' versions, then
// the merge at those versions — a change by a colleague in between answers CONFLICT instead of merging.
import {
  MergePeopleDocument,
  MergeTopicsDocument,
  MergeVersionsDocument,
  PersonMergePreviewDocument,
  TopicMergePreviewDocument,
  type MergeMoveKind,
} from "@/generated/graphql";
import { apiRequest, ApiError } from "@/lib/api";
import type { ActionResult } from "@/features/editing/action-result";
import { runAction } from "@/features/editing/run-action";

export type MergeKind = "person" | "topic";

export interface MergePreview {
  moves: { kind: MergeMoveKind; count: number }[];
  keepVersion: number;
  mergeVersion: number;
}

export async function previewMerge(kind: MergeKind, keep: string, merge: string): Promise<ActionResult<MergePreview>> {
  return runAction(async () => {
    const [versions, moves] = await Promise.all([
      apiRequest(MergeVersionsDocument, { keep, merge }),
      kind === "person"
        ? apiRequest(PersonMergePreviewDocument, { keep, merge }).then((r) => r.personMergePreview)
        : apiRequest(TopicMergePreviewDocument, { keep, merge }).then((r) => r.topicMergePreview),
    ]);
    const keepVersion = versions.keep && "version" in versions.keep ? versions.keep.version : null;
    const mergeVersion = versions.merge && "version" in versions.merge ? versions.merge.version : null;
    if (keepVersion === null || mergeVersion === null) throw new ApiError("NOT_FOUND", "No such record.");
    return { moves, keepVersion, mergeVersion };
  });
}

export async function mergeRecords(
  kind: MergeKind,
  keep: string,
  merge: string,
  versions: { keepVersion: number; mergeVersion: number },
): Promise<ActionResult<{ slug: string }>> {
  return runAction(async () => {
    const variables = { keep, merge, ...versions };
    const slug =
      kind === "person"
        ? (await apiRequest(MergePeopleDocument, variables)).mergePeople.slug
        : (await apiRequest(MergeTopicsDocument, variables)).mergeTopics.slug;
    return { slug };
  });
}
