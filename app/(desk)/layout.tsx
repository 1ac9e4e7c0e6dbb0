import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/permissions";
import { AppHeader } from "@/components/layout/app-header";
import { countMyQueue } from "@/lib/assignments/get-my-queue";
import { countUnread } from "@/lib/inbox/list-inbox";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/signin");
  // A one-time password: choosing one's own comes before any of the desk.
  if (actor.mustChangePassword) redirect("/account/password");
  const [queueCounts, unread] = await Promise.all([
    can(actor.role, "queue.read") ? countMyQueue(actor) : null,
    can(actor.role, "inbox.read") ? countUnread(actor) : null,
  ]);
  return (
    <>
      <AppHeader
        name={actor.name}
        role={actor.role}
        canImport={can(actor.role, "article.import")}
        isAdmin={can(actor.role, "admin.access")}
        queueCounts={queueCounts}
        unread={unread}
      />
      <main className="main">{children}</main>
    </>
  );
}
