import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

export function AppHeader({ name, role, canImport = false, isAdmin = false, canSeeDashboard = false }: { name: string; role: string; canImport?: boolean; isAdmin?: boolean; canSeeDashboard?: boolean }) {
  return (
    <header className="topbar">
      <Link href="/articles" className="brand">
        <span className="brand-mark" aria-hidden>
          ✓
        </span>
        Factdesk
      </Link>
      <nav className="topnav" aria-label="Main">
        <Link href="/articles">Articles</Link>
        {canImport && <Link href="/import">Import</Link>}
        <Link href="/search">Search</Link>
        <Link href="/reports">Reports</Link>
        {canSeeDashboard && <Link href="/dashboard">Dashboard</Link>}
        {isAdmin && <Link href="/admin">Admin</Link>}
      </nav>
      <span className="topbar-spacer" />
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
