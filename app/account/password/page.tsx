import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { ChangePasswordForm } from "@/components/account/change-password-form";

export const metadata = { title: "Change your password" };
export const dynamic = "force-dynamic";

export default async function ChangePasswordPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=%2Faccount%2Fpassword");
  return (
    <div className="signin-wrap">
      <main className="card signin-card">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            ✓
          </span>
          Factdesk
        </div>
        <h1>{actor.mustChangePassword ? "Choose your password" : "Change your password"}</h1>
        <p className="muted flush-top" data-testid="password-reason">
          {actor.mustChangePassword
            ? `${actor.name}, you signed in with a one-time password. Choose your own to continue.`
            : `Signed in as ${actor.email}.`}
        </p>
        <ChangePasswordForm email={actor.email} forced={Boolean(actor.mustChangePassword)} />
      </main>
    </div>
  );
}
