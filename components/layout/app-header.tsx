import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { MainNav } from "./main-nav";

export function AppHeader({ name, role, canImport = false, isAdmin = false, canSeeDashboard = false }: { name: string; role: string; canImport?: boolean; isAdmin?: boolean; canSeeDashboard?: boolean }) {
  const links = [
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
        Factdesk
      </Link>
      <MainNav links={links} />
      <span className="topbar-spacer" />
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
