// The people of a parsed document, found once and shared by the entity rules.
import { findPeople } from "./people";
import { perDocument } from "./per-document";

export const peopleOf = perDocument(findPeople);
