import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { QueueCounts } from "@/lib/assignments/get-my-queue.types";
import { QueueNavLink } from "./queue-nav-link";
import { InboxBell } from "./inbox-bell";

export function AppHeader({
  name,
  role,
  canImport = false,
  isAdmin = false,
  queueCounts = null,
  unread = null,
}: {
  name: string;
  role: string;
  canImport?: boolean;
  isAdmin?: boolean;
  /** The counts of My queue, for those who have one. */
  queueCounts?: QueueCounts | null;
  /** Unread items of the inbox, for those who have one. */
  unread?: number | null;
}) {
  return (
    <header className="topbar">
      <Link href="/articles" className="brand">
        <span className="brand-mark" aria-hidden>
          ✓
        </span>
        Factdesk
      </Link>
      <nav className="topnav" aria-label="Main">
        {queueCounts && <QueueNavLink counts={queueCounts} />}
        <Link href="/articles">Articles</Link>
        {canImport && <Link href="/import">Import</Link>}
        <Link href="/reports">Reports</Link>
        {isAdmin && <Link href="/admin">Admin</Link>}
      </nav>
      <span className="topbar-spacer" />
      {unread !== null && <InboxBell initialUnread={unread} />}
      <div className="user-chip">
        <span>
          <strong>{name}</strong>
        </span>
        <span className="badge badge-role" data-testid="current-role">
          {role}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
