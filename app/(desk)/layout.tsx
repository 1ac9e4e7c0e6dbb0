import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/permissions";
import { AppHeader } from "@/components/layout/app-header";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  // A one-time password: choosing one's own comes before any of the desk.
  if (actor.mustChangePassword) redirect("/account/password");
  return (
    <>
      <AppHeader name={actor.name} role={actor.role} canImport={can(actor.role, "article.import")} isAdmin={can(actor.role, "admin.access")} canSeeDashboard={can(actor.role, "dashboard.read")} />
      <main className="main">{children}</main>
    </>
  );
}
