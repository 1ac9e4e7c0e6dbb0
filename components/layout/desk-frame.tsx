import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { AppHeader } from "./app-header";
import { ShortcutsHelp } from "./shortcuts-help";

/** The desk's frame: the header (sections, account, sign-out) and the page's main landmark, the skip link's target. */
export function DeskFrame({ actor, children }: { actor: Actor; children: React.ReactNode }) {
  return (
    <>
      <AppHeader name={actor.name} role={actor.role} canImport={can(actor.role, "article.import")} isAdmin={can(actor.role, "admin.access")} />
      <main className="main" id="main" tabIndex={-1}>
        {children}
      </main>
      <ShortcutsHelp />
    </>
  );
}
