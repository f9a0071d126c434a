// The speaker the reader's URL names (`?speaker=`, set by the mention list), looked up so that after a
// reload the passage panel starts with the person's name, not just an id. An id that is not a person's
// (stale, mistyped) names no one.
import "server-only";
import { ChosenSpeakerDocument } from "@/generated/graphql";
import { ApiError, apiRequest } from "@/lib/api";
import type { PickOption } from "@/features/editing/pick-option";

export async function loadChosenSpeaker(id: string | undefined): Promise<PickOption | null> {
  if (!id) return null;
  try {
    const { node } = await apiRequest(ChosenSpeakerDocument, { id });
    return node?.__typename === "Person" ? { id: node.id, label: node.name } : null;
  } catch (error) {
    if (error instanceof ApiError && (error.code === "BAD_USER_INPUT" || error.code === "NOT_FOUND")) return null;
    throw error;
  }
}
