// The people of a parsed document, found once and shared by the entity rules.
import type { ParsedDocument } from "./document";
import { findPeople, type People } from "./people";

const cache = new WeakMap<ParsedDocument, People>();

export function peopleOf(doc: ParsedDocument): People {
  let people = cache.get(doc);
  if (!people) {
    people = findPeople(doc);
    cache.set(doc, people);
  }
  return people;
}
