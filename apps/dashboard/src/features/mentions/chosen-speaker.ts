// The hook between the reader's mention list and the passage panel: choosing a person's mention puts
// `?speaker=<person's global id>` in the URL (so it survives a reload) and announces it with a window event,
// so an open panel can fill its speaker field without the two components knowing each other. After a
// reload the server page reads the parameter (speaker-param.ts) and hands the panel the person's name.
"use client";
import { useEffect } from "react";
import type { PickOption } from "@/features/editing/pick-option";

export const SPEAKER_EVENT = "parley:speaker-chosen";

export function announceSpeaker(speaker: PickOption): void {
  window.dispatchEvent(new CustomEvent<PickOption>(SPEAKER_EVENT, { detail: speaker }));
}

/** Calls `onChosen` whenever a person's mention is chosen in the reader (for the passage panel). */
export function useChosenSpeaker(onChosen: (speaker: PickOption) => void): void {
  useEffect(() => {
    const listener = (event: Event) => {
      if (event instanceof CustomEvent && typeof event.detail === "object" && event.detail !== null) {
        const { id, label } = event.detail as Partial<PickOption>;
        if (typeof id === "string" && typeof label === "string") onChosen({ id, label });
      }
    };
    window.addEventListener(SPEAKER_EVENT, listener);
    return () => window.removeEventListener(SPEAKER_EVENT, listener);
  }, [onChosen]);
}
