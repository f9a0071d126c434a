"use client";
// On a new record's form the slug follows the name until the editor types one of their own.
import { useEffect, useRef } from "react";
import { suggestSlug } from "./slug-suggestion";

export function useSlugSuggestion(name: string | undefined, enabled: boolean, setSlug: (slug: string) => void): void {
  const set = useRef(setSlug);
  useEffect(() => {
    set.current = setSlug;
  });
  useEffect(() => {
    if (enabled && name !== undefined) set.current(suggestSlug(name));
  }, [enabled, name]);
}
