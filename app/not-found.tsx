import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main className="main">
      <div className="card empty-page">
        <h1>Page not found</h1>
        <p className="muted">There is no page here, or your role may not open it.</p>
        <Link href="/articles" className={buttonClasses()}>
          Back to the articles
        </Link>
      </div>
    </main>
  );
}
