"use server";
// Revert and state changes for any record but positions (which have their own mutations), by global id.
import { ChangeRecordStateDocument, RevertRecordDocument, type RecordStateChange } from "@/generated/graphql";
import { apiRequest } from "@/lib/api";
import type { ActionResult } from "./action-result";
import { runAction } from "./run-action";

export async function revertRecord(id: string, version: number, toVersion: number): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => ({ version: (await apiRequest(RevertRecordDocument, { id, version, toVersion })).revertRecord.version }));
}

export async function changeRecordState(id: string, version: number, change: RecordStateChange): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => ({ version: (await apiRequest(ChangeRecordStateDocument, { id, version, change })).changeState.version }));
}
