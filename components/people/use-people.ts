"use client";

import { useEffect, useState } from "react";
import type { PersonView } from "@/lib/people/list-people.types";
import { api } from "@/lib/client/api";

// One request per page load, shared by every control that needs the desk's people (assign, @mention).
let people: Promise<PersonView[]> | null = null;

/** The desk's people (GET /api/people), once loaded; null before, or when `enabled` is false. */
export function usePeople(enabled = true): PersonView[] | null {
  const [list, setList] = useState<PersonView[] | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    people ??= api.people.list().then(
      (r) => r.people,
      (e: unknown) => {
        people = null;
        throw e;
      },
    );
    people.then(
      (p) => live && setList(p),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return list;
}
