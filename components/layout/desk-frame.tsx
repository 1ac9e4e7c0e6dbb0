import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppHeader } from "./app-header";
import { ShortcutsHelp } from "./shortcuts-help";
import { countMyQueue } from "@/lib/assignments/get-my-queue";
import { countUnread } from "@/lib/inbox/list-inbox";

/** The desk's frame: the header (sections, account, sign-out) and the page's main landmark, the skip link's target. */
export async function DeskFrame({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  // The header's counts: claims waiting on me (My queue) and my unread inbox items (the bell).
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
        canSeeDashboard={can(actor.role, "dashboard.read")}
        queueCounts={queueCounts}
        unread={unread}
      />
      <main className="main" id="main" tabIndex={-1}>
        {children}
      </main>
      <ShortcutsHelp />
    </>
  );
}
