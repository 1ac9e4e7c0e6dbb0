// The @mention autocomplete's two questions, apart from the component (client-safe, pure).
import type { PersonView } from "../people/list-people.types";

/** The "@partial" being typed just before the caret, or null. */
export function mentionAt(value: string, caret: number): { start: number; query: string } | null {
  const m = /(?<![\w@.])@([a-z0-9._-]*)$/i.exec(value.slice(0, caret));
  return m ? { start: m.index, query: m[1]!.toLowerCase() } : null;
}

/** People whose handle or name starts (a name: any word of it) with the query, handles first, at most 8. */
export function matchPeople(people: PersonView[], query: string): PersonView[] {
  const byHandle = people.filter((p) => p.handle.startsWith(query));
  const byName = people.filter((p) => !byHandle.includes(p) && p.name.toLowerCase().split(/\s+/).some((w) => w.startsWith(query)));
  return [...byHandle, ...byName].slice(0, 8);
}
