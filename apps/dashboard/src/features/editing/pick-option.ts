// One choice a picker offers and a form keeps (id plus what to show, so drafts and conflicts need no
// second look-up). Safe for client components.
import { z } from "zod";

export const PICK_KINDS = ["party", "person", "topic", "round", "quote", "position", "demand", "outlet"] as const;
export type PickKind = (typeof PICK_KINDS)[number];

export const pickOptionSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  /** A second line: a topic's path, the alias that matched, a quote's article. */
  detail: z.string().optional(),
  /** A topic's proposition (what stances are measured against). */
  proposition: z.string().optional(),
});

export type PickOption = z.infer<typeof pickOptionSchema>;
