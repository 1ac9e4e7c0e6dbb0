import Link from "next/link";

/** What a 404 says, with the way on: back to the articles when signed in, else to the sign-in. */
export function NotFoundCard({ signedIn }: { signedIn: boolean }) {
  return (
    <div className="card empty-page" data-testid="not-found">
      <h1>Page not found</h1>
      <p className="muted">There is no page at this address, or your role may not open it. The link may be mistyped, or what it pointed to was removed.</p>
      <Link href={signedIn ? "/articles" : "/signin"} className="btn">
        {signedIn ? "Back to the articles" : "Sign in"}
      </Link>
    </div>
  );
}
