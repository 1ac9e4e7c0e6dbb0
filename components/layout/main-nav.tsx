"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** The desk's main navigation; the section the page belongs to is marked as the current one. */
export function MainNav({ links }: { links: { href: string; label: string; badge?: React.ReactNode }[] }) {
  const pathname = usePathname();
  return (
    <nav className="topnav" aria-label="Main">
      {links.map((l) => (
        <Link key={l.href} href={l.href} aria-current={pathname === l.href || pathname.startsWith(`${l.href}/`) ? "page" : undefined}>
          {l.label}
          {l.badge}
        </Link>
      ))}
    </nav>
  );
}
