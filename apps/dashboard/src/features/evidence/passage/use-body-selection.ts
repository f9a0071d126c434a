"use client";
// The passage selected in the article body, in the body's own UTF-16 offsets (text-selection.ts).
import { useEffect, useState } from "react";
import { passageOf, type Passage } from "@/features/editing/text-selection";

export function useBodySelection(bodySelector: string, body: string): Passage | null {
  const [passage, setPassage] = useState<Passage | null>(null);
  useEffect(() => {
    const update = () => {
      const root = document.querySelector<HTMLElement>(bodySelector);
      const selection = window.getSelection();
      if (!root || !selection || selection.rangeCount === 0) return;
      const found = passageOf(root, selection.getRangeAt(0), body);
      // A click elsewhere (into the panel's bar) must not drop the passage just chosen.
      if (found || root.contains(selection.anchorNode)) setPassage(found);
    };
    document.addEventListener("selectionchange", update);
    return () => document.removeEventListener("selectionchange", update);
  }, [bodySelector, body]);
  return passage;
}
