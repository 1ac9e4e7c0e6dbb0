import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { landingPath } from "@/lib/auth/landing-path";

/** The landing page after sign-in: a reviewer's is their queue, everyone else's the article list. */
export default async function Home() {
  const actor = await getActor();
  redirect(actor ? landingPath(actor.role) : "/signin");
}
