import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // Only paths of this app: a link must not send people off-site after they sign in.
  // Without one, "/" sends each person to their landing page (a reviewer's queue).
  const callbackUrl = safeCallbackUrl(params.callbackUrl, "/");
  const actor = await getActor();
  if (actor?.mustChangePassword) redirect("/account/password");
  if (actor) redirect(callbackUrl);
  return (
    <div className="signin-wrap">
      <div className="card signin-card">
        <div className="brand">
          <span className="brand-mark" aria-hidden>
            ✓
          </span>
          Factdesk
        </div>
        <h1>Sign in</h1>
        <p className="muted" style={{ marginTop: 0 }}>
          Review claims, attach evidence, publish verdicts.
        </p>
        <SignInForm callbackUrl={callbackUrl} />
      </div>
    </div>
  );
}
