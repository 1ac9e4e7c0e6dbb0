import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "Review the factual claims of news articles: evidence, verdicts, flags and reports.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request's headers renders every page per request, so each gets its own CSP nonce (proxy.ts).
  await headers();
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
