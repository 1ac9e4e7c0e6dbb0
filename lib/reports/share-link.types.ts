// The contract of share links (create, list, revoke): client-safe, no database.
import { z } from "zod";

export const ShareLinkView = z.object({
  id: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ShareLinkView = z.infer<typeof ShareLinkView>;

/** A new link: its URL holds the token, shown this once (only the token's SHA-256 is stored). */
export const CreateShareLinkResponse = z.object({ link: ShareLinkView, url: z.string() });
export const ListShareLinksResponse = z.object({ links: z.array(ShareLinkView) });
export const RevokeShareLinkResponse = z.object({ link: ShareLinkView });

/** The shape of a token this app gives out: 32 random bytes as base64url. Anything else is unknown (404). */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;
