import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { DeskFrame } from "@/components/layout/desk-frame";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  // A one-time password: choosing one's own comes before any of the desk.
  if (actor.mustChangePassword) redirect("/account/password");
  return <DeskFrame actor={actor}>{children}</DeskFrame>;
}
