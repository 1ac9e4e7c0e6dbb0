// The contract of GET /api/people: the desk's people, to assign claims to and to @mention (client-safe: no database).
import { z } from "zod";

export const PersonView = z.object({
  id: z.string(),
  name: z.string(),
  /** What follows @ in a comment: the part of the email address before the @. */
  handle: z.string(),
  role: z.enum(["admin", "editor", "reviewer"]),
});
export type PersonView = z.output<typeof PersonView>;
export const PeopleResponse = z.object({ people: z.array(PersonView) });
