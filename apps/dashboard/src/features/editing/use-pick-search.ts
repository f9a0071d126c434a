"use client";
// Search as you type for a picker: debounced, the older request aborted when the editor types on.
import { useEffect, useState } from "react";
import type { PickKind, PickOption } from "./pick-option";

interface PickState {
  query: string;
  options: PickOption[];
  failed: boolean;
}

export function usePickSearch(kind: PickKind, query: string): { options: PickOption[]; loading: boolean; failed: boolean } {
  const [state, setState] = useState<PickState>({ query: "", options: [], failed: false });
  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/pick?kind=${kind}&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then(async (r) => setState(r.ok ? { query: q, options: (await r.json()) as PickOption[], failed: false } : { query: q, options: [], failed: true }))
        .catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === "AbortError")) setState({ query: q, options: [], failed: true });
        });
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [kind, q]);
  if (q.length < 2) return { options: [], loading: false, failed: false };
  return { options: state.query === q ? state.options : [], loading: state.query !== q, failed: state.query === q && state.failed };
}
