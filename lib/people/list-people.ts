import "server-only";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { getDb, type Db, type Tx } from "../db/client";
import type { PersonView } from "./list-people.types";
export { PeopleResponse, PersonView } from "./list-people.types";

/** A person's @handle: the local part of their email address, lower-cased. */
export function handleOf(email: string): string {
  return email.slice(0, email.indexOf("@") === -1 ? undefined : email.indexOf("@")).toLowerCase();
}

/** The desk's people who can be assigned and mentioned: active admins, editors and reviewers, by name. */
export async function listPeople(actor: Actor, db: Db | Tx = getDb()): Promise<PersonView[]> {
  assertCan(actor, "people.list");
  return deskPeople(db);
}

export async function deskPeople(db: Db | Tx = getDb()): Promise<PersonView[]> {
  const users = await db.user.findMany({
    where: { disabled: false, role: { in: ["admin", "editor", "reviewer"] } },
    select: { id: true, name: true, email: true, role: true },
    orderBy: { name: "asc" },
  });
  return users.map((u) => ({ id: u.id, name: u.name, handle: handleOf(u.email), role: u.role as PersonView["role"] }));
}
