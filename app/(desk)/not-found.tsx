import { NotFoundCard } from "@/components/layout/not-found-card";

export const metadata = { title: "Not found" };

/** A 404 inside the desk (an unknown article, its versions): the desk's layout already draws the frame. */
export default function DeskNotFound() {
  return <NotFoundCard signedIn />;
}
