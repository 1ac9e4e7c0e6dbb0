import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/get-actor";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata = { title: "Sign in" };

/** Only relative paths: an absolute callback would let a link send people off-site after sign-in. */
function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") ? v : "/articles";
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
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
