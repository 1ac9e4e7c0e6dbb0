import { getActor } from "@/lib/auth/get-actor";
import { DeskFrame } from "@/components/layout/desk-frame";
import { NotFoundCard } from "@/components/layout/not-found-card";

export const metadata = { title: "Not found" };

/**
 * A 404 outside the desk's layout (an unknown URL, a revoked share link): inside the desk's frame (header and
 * sections) for a signed-in user, so the way on is where it always is; a plain card for anyone else. A 404
 * inside the desk (an unknown article id) is app/(desk)/not-found.tsx, already in the frame.
 */
export default async function NotFound() {
  const actor = await getActor();
  if (!actor || actor.mustChangePassword)
    return (
      <main className="main" id="main">
        <NotFoundCard signedIn={false} />
      </main>
    );
  return (
    <DeskFrame actor={actor}>
      <NotFoundCard signedIn />
    </DeskFrame>
  );
}
