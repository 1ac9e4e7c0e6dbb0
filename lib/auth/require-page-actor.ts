import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { getActor } from "./get-actor";
import { assertCan, type Permission } from "./permissions";

/** For server-rendered pages: the signed-in actor allowed `permission`, or a redirect to sign-in. */
export async function requirePageActor(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  assertCan(actor, permission);
  return actor;
}
