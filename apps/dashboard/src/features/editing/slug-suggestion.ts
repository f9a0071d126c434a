// A slug suggested from a name while an editor types it ("Abu Dhabi, round 2" → "abu-dhabi-round-2");
// the API checks the rule and uniqueness, and the editor can always type their own.
import { foldForMatching } from "@/lib/format/fold";

export function suggestSlug(name: string): string {
  return foldForMatching(name).replace(/\s+/g, "-").slice(0, 80).replace(/-+$/, "");
}
