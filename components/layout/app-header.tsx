import type { Role } from "@/lib/db/generated/enums";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { QueueCounts } from "@/lib/assignments/get-my-queue.types";
import { MainNav } from "./main-nav";
import { QueueCountBadges } from "./queue-nav-link";
import { InboxBell } from "./inbox-bell";
import { HeaderSearch } from "./header-search";

export function AppHeader({
  name,
  role,
  canImport = false,
  isAdmin = false,
  canSeeDashboard = false,
  queueCounts = null,
  unread = null,
}: {
  name: string;
  role: Role;
  canImport?: boolean;
  isAdmin?: boolean;
  canSeeDashboard?: boolean;
  /** The counts of My queue, for those who have one. */
  queueCounts?: QueueCounts | null;
  /** Unread items of the inbox, for those who have one. */
  unread?: number | null;
}) {
  const links = [
    ...(queueCounts ? [{ href: "/queue", label: "My queue", badge: <QueueCountBadges counts={queueCounts} /> }] : []),
    { href: "/articles", label: "Articles" },
    ...(canImport ? [{ href: "/import", label: "Import" }] : []),
    { href: "/search", label: "Search" },
    { href: "/reports", label: "Reports" },
    ...(canSeeDashboard ? [{ href: "/dashboard", label: "Dashboard" }] : []),
    ...(isAdmin ? [{ href: "/admin", label: "Admin" }] : []),
  ];
  return (
    <header className="topbar">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Link href="/articles" className="brand">
        <span className="brand-mark" aria-hidden>
          ✓
        </span>
        <span className="brand-name">Factdesk</span>
      </Link>
      <MainNav links={links} />
      <span className="topbar-spacer" />
      <HeaderSearch />
      {unread !== null && <InboxBell initialUnread={unread} />}
      <div className="user-chip">
        <strong className="user-name">{name}</strong>
        <span className="badge badge-role" data-testid="current-role">
          {role}
        </span>
        <SignOutButton />
      </div>
    </header>
  );
}
