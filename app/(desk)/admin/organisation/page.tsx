import { requirePageActor } from "@/lib/auth/require-page-actor";
import { getOrganisationSettings } from "@/lib/organisation/get-organisation-settings";
import { OrganisationForm } from "@/components/admin/organisation-form";

export const metadata = { title: "Organisation · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminOrganisationPage() {
  await requirePageActor("organisation.manage", "/admin/organisation");
  return <OrganisationForm settings={await getOrganisationSettings()} />;
}
