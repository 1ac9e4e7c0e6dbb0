import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/permissions";
import { AppHeader } from "@/components/layout/app-header";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  return (
    <>
      <AppHeader name={actor.name} role={actor.role} canImport={can(actor.role, "article.import")} />
      <main className="main">{children}</main>
    </>
  );
}
