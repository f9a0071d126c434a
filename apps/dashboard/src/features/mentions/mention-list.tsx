"use client";
// What the article mentions, next to the reader: every known person, party, topic and place, with how
// often the text names it, grouped by kind. The mentions are highlighted in the body through the CSS
// Custom Highlight API, which paints ranges without changing the body's DOM (quote marks, selection
// offsets and the passage panel are untouched). Choosing a mention shows its next occurrence; for a
// person, editors can make it the speaker of the passage they are filing (see chosen-speaker.ts).
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useQueryState } from "nuqs";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import type { ArticleMentionsQuery } from "@/generated/graphql";
import { rangeFor } from "./body-ranges";
import { announceSpeaker } from "./chosen-speaker";
import { SPEAKER_PARAM } from "./speaker-param";

type Mention = NonNullable<ArticleMentionsQuery["article"]>["mentions"][number];
const KINDS = ["PERSON", "PARTY", "TOPIC", "PLACE"] as const;
const HIGHLIGHT = "parley-mention";
const CURRENT = "parley-mention-current";

interface MentionListProps {
  mentions: Mention[];
  bodySelector: string;
  canEdit: boolean;
  /** Where each record's page is, by kind and slug. */
  hrefs: Record<"PERSON" | "PARTY" | "TOPIC", string>;
}

function highlights(): HighlightRegistry | null {
  return typeof CSS !== "undefined" && "highlights" in CSS ? CSS.highlights : null;
}

export function MentionList({ mentions, bodySelector, canEdit, hrefs }: MentionListProps) {
  const t = useTranslations("mentions");
  const [shown, setShown] = useState(true);
  const [speaker, setSpeaker] = useQueryState(SPEAKER_PARAM, { history: "replace" });
  const [chosen, setChosen] = useState<string | null>(null);
  const next = useRef(new Map<string, number>());
  const [announcement, setAnnouncement] = useState("");
  // How many mentions are painted (0 without the Highlight API): tests and the toggle read it.
  const [painted, setPainted] = useState(0);

  const body = () => document.querySelector(bodySelector);

  useEffect(() => {
    const registry = highlights();
    const root = body();
    if (!registry || !root) return;
    if (!shown) {
      registry.delete(HIGHLIGHT);
      setPainted(0);
      return;
    }
    const ranges = mentions.flatMap((m) => m.occurrences.map((o) => rangeFor(root, o.start, o.end))).filter((r): r is Range => r !== null);
    registry.set(HIGHLIGHT, new Highlight(...ranges));
    setPainted(ranges.length);
    return () => {
      registry.delete(HIGHLIGHT);
      registry.delete(CURRENT);
    };
    // The body is server-rendered once per page; the mentions decide the ranges.
  }, [mentions, shown, bodySelector]);

  const groups = useMemo(() => KINDS.map((kind) => ({ kind, items: mentions.filter((m) => m.kind === kind) })).filter((g) => g.items.length > 0), [mentions]);

  const key = (m: Mention) => m.recordId ?? `place:${m.name}`;
  const showNext = (m: Mention) => {
    const root = body();
    const index = next.current.get(key(m)) ?? 0;
    const occurrence = m.occurrences[index % m.occurrences.length];
    next.current.set(key(m), index + 1);
    setChosen(key(m));
    if (!root || !occurrence) return;
    const range = rangeFor(root, occurrence.start, occurrence.end);
    if (!range) return;
    highlights()?.set(CURRENT, new Highlight(range));
    range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
    setAnnouncement(t("showing", { name: m.name, n: (index % m.occurrences.length) + 1, count: m.count, text: occurrence.text }));
  };

  const chooseSpeaker = (m: Mention) => {
    if (!m.recordId) return;
    void setSpeaker(m.recordId);
    announceSpeaker({ id: m.recordId, label: m.name });
    setAnnouncement(t("speakerChosen", { name: m.name }));
  };

  return (
    <section aria-labelledby="mentions-title" className="mb-6" data-testid="mention-list" data-painted={painted}>
      <div className="mb-2 flex items-center justify-between gap-2">
        <h2 id="mentions-title" className="text-base font-semibold">
          {t("title")} <span className="text-sm font-normal text-muted-foreground">{mentions.length}</span>
        </h2>
        {mentions.length > 0 ? (
          <Button type="button" variant="ghost" size="sm" aria-pressed={shown} onClick={() => setShown(!shown)}>
            {shown ? t("hideHighlights") : t("showHighlights")}
          </Button>
        ) : null}
      </div>
      {mentions.length === 0 ? <p className="text-sm text-muted-foreground">{t("none")}</p> : <p className="mb-2 text-xs text-muted-foreground">{t("hint")}</p>}
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <div className="grid gap-3">
        {groups.map((group) => (
          <div key={group.kind}>
            <h3 className="mb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase">{t(`kind.${group.kind}`)}</h3>
            <ul className="grid gap-1">
              {group.items.map((m) => (
                <li
                  key={key(m)}
                  className={cn(
                    "grid min-w-0 grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 gap-y-1 rounded-md border bg-card px-2 py-1.5 text-sm",
                    chosen === key(m) && "ring-2 ring-ring/60",
                  )}
                  data-testid="mention"
                  data-kind={m.kind}
                >
                  <button
                    type="button"
                    className="min-w-0 rounded-sm text-left outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/60"
                    onClick={() => showNext(m)}
                    title={t("showNext", { name: m.name, count: m.count })}
                  >
                    <span className="font-medium">{m.name}</span> <span className="text-muted-foreground tabular-nums">×{m.count}</span>
                    {m.aliases.some((a) => a !== m.name) ? (
                      <span className="block truncate text-xs text-muted-foreground" data-testid="mention-aliases">
                        {t("as", { aliases: m.aliases.join(", ") })}
                      </span>
                    ) : null}
                  </button>
                  <span className="flex items-center gap-2">
                    {m.slug && m.kind !== "PLACE" ? (
                      <a
                        className="text-xs text-primary underline-offset-4 hover:underline"
                        href={`${hrefs[m.kind]}/${m.slug}`}
                        aria-label={t("open", { name: m.name })}
                      >
                        {t("openShort")}
                      </a>
                    ) : null}
                    {canEdit && m.kind === "PERSON" ? (
                      <Button
                        type="button"
                        variant={speaker === m.recordId ? "default" : "outline"}
                        size="sm"
                        aria-pressed={speaker === m.recordId}
                        onClick={() => chooseSpeaker(m)}
                        aria-label={t("useAsSpeakerOf", { name: m.name })}
                      >
                        {t("useAsSpeaker")}
                      </Button>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
