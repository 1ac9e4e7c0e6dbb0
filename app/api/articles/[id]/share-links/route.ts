import { apiRoute } from "@/lib/http/api-route";
import { IdParams } from "@/lib/http/params";
import { createShareLink } from "@/lib/reports/create-share-link";
import { listShareLinks } from "@/lib/reports/list-share-links";
import { CreateShareLinkResponse, ListShareLinksResponse } from "@/lib/reports/share-link.types";

export const GET = apiRoute({ permission: "report.share", params: IdParams, response: ListShareLinksResponse }, async ({ actor, params }) => ({ links: await listShareLinks(actor, params.id) }));

export const POST = apiRoute({ permission: "report.share", params: IdParams, response: CreateShareLinkResponse, status: 201 }, async ({ actor, params }) => createShareLink(actor, params.id));
