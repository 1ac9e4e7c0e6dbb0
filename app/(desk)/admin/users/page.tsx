import { requirePageActor } from "@/lib/auth/require-page-actor";
import { listUsers } from "@/lib/users/list-users";
import { UserAdminView } from "@/lib/users/users.types";
import { UsersAdmin } from "@/components/admin/users-admin";

export const metadata = { title: "Users · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const actor = await requirePageActor("user.manage", "/admin/users");
  const users = (await listUsers()).map((u) => UserAdminView.parse(u));
  return <UsersAdmin users={users} currentUserId={actor.id} />;
}
