import { redirect } from "next/navigation";
import type { Actor } from "./actor";
import { getActor } from "./get-actor";
import { can, type Permission } from "./permissions";

/**
 * For server-rendered pages: the signed-in actor allowed `permission`; otherwise a redirect to sign-in, or
 * (signed in, but the role may not) to the article list, which says why.
 */
export async function requirePageActor(permission: Permission, returnTo: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (actor.mustChangePassword) redirect("/account/password");
  if (!can(actor.role, permission)) redirect(`/articles?denied=${encodeURIComponent(permission)}`);
  return actor;
}
