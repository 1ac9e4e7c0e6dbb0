import { notFound } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/permissions";
import { AdminNav } from "@/components/admin/admin-nav";

/** Admins only, checked on the server: anyone else gets the not-found page, never the screens. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await getActor();
  if (!actor || !can(actor.role, "admin.access")) notFound();
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Admin</h1>
          <p>Accounts, the rating scale, the organisation and the audit log.</p>
        </div>
      </div>
      <AdminNav />
      {children}
    </>
  );
}
