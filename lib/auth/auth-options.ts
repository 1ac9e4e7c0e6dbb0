import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db/client";
import { CLIENT_ADDRESS_HEADER, vouchedClientAddress } from "../http/client-address";
import { signInWithPassword } from "./sign-in-with-password";

/**
 * The client's address as Factdesk's server measured it (never the client's own X-Forwarded-For, unless it
 * came through a proxy named in FACTDESK_TRUSTED_PROXIES); only a key for counting failed sign-ins.
 */
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const value = headers?.[CLIENT_ADDRESS_HEADER];
  return vouchedClientAddress(typeof value === "string" ? value : null);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      // A thrown error's message reaches the sign-in form (too many attempts); null means "wrong credentials".
      authorize: async (credentials, req) => signInWithPassword(credentials, clientAddress(req?.headers)),
    }),
  ],
  events: {
    // Signing out ends the session everywhere at its next request, not when the cookie would expire.
    async signOut({ token }) {
      if (typeof token?.uid === "string") await getDb().user.updateMany({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = String(token.uid ?? "");
        session.user.role = String(token.role ?? "viewer");
      }
      return session;
    },
  },
};
