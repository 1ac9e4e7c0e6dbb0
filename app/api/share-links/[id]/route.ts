import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { revokeShareLink } from "@/lib/reports/revoke-share-link";
import { RevokeShareLinkResponse } from "@/lib/reports/share-link.types";

/** Revokes the link: its URL answers 404 from now on. */
export const DELETE = apiRoute({ permission: "report.share", params: IdParams, response: RevokeShareLinkResponse }, async ({ actor, params }) => ({ link: await revokeShareLink(actor, params.id) }));
