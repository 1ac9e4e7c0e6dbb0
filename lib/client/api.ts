// The one typed client of the app's API, for client components: each call names its route once, sends a body
// typed by the route's input schema and returns the response parsed with the route's response schema.
// Failures throw ApiError (parseApiError), whatever the route.
import { z } from "zod";
import { ApiError, parseApiError } from "./api-error";
import type { ImportArticleInput } from "../articles/import-article.types";
import { ImportArticleResponse } from "../articles/import-article.types";
import type { ChangeClaimStatusInput } from "../claims/change-claim-status.types";
import { ClaimResponse } from "../claims/claim.types";
import type { CreateClaimInput } from "../claims/create-claim.types";
import { ClaimDetailResponse } from "../claims/get-claim-detail.types";
import type { MergeClaimsInput } from "../claims/merge-claims.types";
import { MergeClaimsResponse } from "../claims/merge-claims.types";
import type { SplitClaimInput } from "../claims/split-claim.types";
import { SplitClaimResponse } from "../claims/split-claim.types";
import type { UpdateClaimSpanInput } from "../claims/update-claim-span.types";
import type { AddCommentInput } from "../comments/add-comment.types";
import { AddCommentResponse } from "../comments/add-comment.types";
import type { AddEvidenceInput } from "../evidence/add-evidence.types";
import { AddEvidenceResponse } from "../evidence/add-evidence.types";
import type { DeleteEvidenceInput, UpdateEvidenceInput } from "../evidence/edit-evidence.types";
import { ArchiveEvidenceResponse, EvidenceEditResponse } from "../evidence/edit-evidence.types";
import type { CreateFlagInput } from "../flags/create-flag.types";
import { FlagResponse } from "../flags/flag.types";
import type { ResolveFlagInput } from "../flags/resolve-flag.types";
import { EnqueueBulkImportResponse } from "../import/enqueue-bulk-import.types";
import { ImportBatchResponse } from "../import/get-import-batch.types";
import { ImportUploadedFileResponse } from "../import/import-uploaded-file.types";
import type { ApproveVerdictInput } from "../verdicts/approve-verdict.types";
import type { ProposeVerdictInput } from "../verdicts/propose-verdict.types";
import { VerdictResponse } from "../verdicts/verdict.types";
import type { AssignClaimsInput } from "../assignments/assign-claims.types";
import { AssignClaimsResponse } from "../assignments/assign-claims.types";
import { QueueResponse } from "../assignments/get-my-queue.types";
import { PeopleResponse } from "../people/list-people.types";
import type { MarkInboxReadInput } from "../inbox/list-inbox.types";
import { InboxResponse, MarkInboxReadResponse } from "../inbox/list-inbox.types";
import type { ChangeOwnPasswordInput } from "../users/change-own-password.types";
import type { CreateUserInput } from "../users/create-user.types";
import type { ChangeUserRoleInput } from "../users/change-user-role.types";
import type { SetUserDisabledInput } from "../users/set-user-disabled.types";
import { ListUsersResponse, OneTimePasswordResponse, UserResponse } from "../users/users.types";
import type { CreateRatingInput, ReorderRatingsInput, UpdateRatingInput } from "../ratings/rating-admin.types";
import { RatingAdminResponse, RatingScaleResponse } from "../ratings/rating-admin.types";
import type { UpdateOrganisationSettingsInput } from "../organisation/update-organisation-settings.types";
import { OrganisationSettingsResponse } from "../organisation/update-organisation-settings.types";
import { CreateShareLinkResponse, ListShareLinksResponse, RevokeShareLinkResponse } from "../reports/share-link.types";

export { ApiError };

type Body = { json: unknown } | { form: FormData } | undefined;

/** One request to the app's API; the response is parsed with `response`, a failure becomes ApiError. */
export async function callApi<S extends z.ZodType>(method: "GET" | "POST" | "PATCH" | "DELETE", path: string, response: S, body?: Body): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      // No Content-Type for a form: the browser sets multipart/form-data with its boundary.
      headers: body && "json" in body ? { "Content-Type": "application/json" } : undefined,
      body: body ? ("json" in body ? JSON.stringify(body.json) : body.form) : undefined,
      cache: "no-store",
    });
  } catch {
    throw new ApiError("Could not reach the server; try again.", 0);
  }
  const data: unknown = await res.json().catch(() => null);
  if (!res.ok) throw parseApiError(res.status, data);
  const parsed = response.safeParse(data);
  if (!parsed.success) throw new ApiError("The server answered in a form this page does not understand; reload the page.", res.status);
  return parsed.data;
}

const Ok = z.object({ ok: z.literal(true) });

const id = (value: string) => encodeURIComponent(value);
/** `?a=1&b=2` of the values given, or "". */
const search = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  return q ? `?${q}` : "";
};

/**
 * A streamed file from the API, read chunk by chunk with its progress: bytes so far, and the total the
 * route announces in `X-Report-Articles` (how many articles the file holds). Failures throw ApiError.
 */
export async function downloadFile(path: string, onProgress: (progress: { bytes: number; articles: number | null }) => void): Promise<{ blob: Blob; fileName: string }> {
  let res: Response;
  try {
    res = await fetch(path, { cache: "no-store" });
  } catch {
    throw new ApiError("Could not reach the server; try again.", 0);
  }
  if (!res.ok || !res.body) throw parseApiError(res.status, await res.json().catch(() => null));
  const articles = Number(res.headers.get("X-Report-Articles") ?? NaN);
  const fileName = /filename="([^"]+)"/.exec(res.headers.get("Content-Disposition") ?? "")?.[1] ?? "factdesk-reports";
  const reader = res.body.getReader();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let bytes = 0;
  onProgress({ bytes, articles: Number.isFinite(articles) ? articles : null });
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array<ArrayBuffer>>;
    try {
      chunk = await reader.read();
    } catch {
      throw new ApiError("The download broke off before the end; try again.", res.status);
    }
    if (chunk.done) break;
    parts.push(chunk.value);
    bytes += chunk.value.byteLength;
    onProgress({ bytes, articles: Number.isFinite(articles) ? articles : null });
  }
  return { blob: new Blob(parts, { type: res.headers.get("Content-Type") ?? "application/octet-stream" }), fileName };
}

export const api = {
  articles: {
    import: (body: ImportArticleInput) => callApi("POST", "/api/articles", ImportArticleResponse, { json: body }),
    /** One article file (.txt, .md, .html) with its metadata fields. */
    upload: (form: FormData) => callApi("POST", "/api/articles/upload", ImportUploadedFileResponse, { form }),
    createClaim: (articleId: string, body: CreateClaimInput) => callApi("POST", `/api/articles/${id(articleId)}/claims`, ClaimResponse, { json: body }),
    createFlag: (articleId: string, body: CreateFlagInput) => callApi("POST", `/api/articles/${id(articleId)}/flags`, FlagResponse, { json: body }),
  },
  claims: {
    get: (claimId: string) => callApi("GET", `/api/claims/${id(claimId)}`, ClaimDetailResponse),
    changeStatus: (claimId: string, body: ChangeClaimStatusInput) => callApi("PATCH", `/api/claims/${id(claimId)}`, ClaimResponse, { json: body }),
    updateSpan: (claimId: string, body: UpdateClaimSpanInput) => callApi("PATCH", `/api/claims/${id(claimId)}/span`, ClaimResponse, { json: body }),
    split: (claimId: string, body: SplitClaimInput) => callApi("POST", `/api/claims/${id(claimId)}/split`, SplitClaimResponse, { json: body }),
    merge: (body: MergeClaimsInput) => callApi("POST", "/api/claims/merge", MergeClaimsResponse, { json: body }),
    addEvidence: (claimId: string, body: AddEvidenceInput) => callApi("POST", `/api/claims/${id(claimId)}/evidence`, AddEvidenceResponse, { json: body }),
    proposeVerdict: (claimId: string, body: ProposeVerdictInput) => callApi("POST", `/api/claims/${id(claimId)}/verdicts`, VerdictResponse, { json: body }),
    addComment: (claimId: string, body: AddCommentInput) => callApi("POST", `/api/claims/${id(claimId)}/comments`, AddCommentResponse, { json: body }),
    /** Take an unassigned claim. */
    take: (claimId: string) => callApi("POST", `/api/claims/${id(claimId)}/take`, ClaimResponse),
  },
  assignments: {
    assign: (body: AssignClaimsInput) => callApi("POST", "/api/assignments", AssignClaimsResponse, { json: body }),
  },
  queue: {
    get: (page: { after?: string; unassignedAfter?: string } = {}) => callApi("GET", `/api/queue${search(page)}`, QueueResponse),
  },
  people: {
    list: () => callApi("GET", "/api/people", PeopleResponse),
  },
  inbox: {
    list: (page: { after?: string; take?: number } = {}) => callApi("GET", `/api/inbox${search(page)}`, InboxResponse),
    markRead: (body: MarkInboxReadInput) => callApi("POST", "/api/inbox/read", MarkInboxReadResponse, { json: body }),
  },
  evidence: {
    update: (evidenceId: string, body: UpdateEvidenceInput) => callApi("PATCH", `/api/evidence/${id(evidenceId)}`, EvidenceEditResponse, { json: body }),
    delete: (evidenceId: string, body: DeleteEvidenceInput) => callApi("DELETE", `/api/evidence/${id(evidenceId)}`, EvidenceEditResponse, { json: body }),
    /** An archived copy: `text` (pasted) or `file`, and `capturedAt`, as a multipart form. */
    archive: (evidenceId: string, form: FormData) => callApi("POST", `/api/evidence/${id(evidenceId)}/archive`, ArchiveEvidenceResponse, { form }),
    archiveUrl: (evidenceId: string) => `/api/evidence/${id(evidenceId)}/archive`,
  },
  verdicts: {
    approve: (verdictId: string, body: ApproveVerdictInput) => callApi("POST", `/api/verdicts/${id(verdictId)}/approve`, VerdictResponse, { json: body }),
  },
  flags: {
    resolve: (flagId: string, body: ResolveFlagInput) => callApi("PATCH", `/api/flags/${id(flagId)}`, FlagResponse, { json: body }),
  },
  account: {
    changePassword: (body: ChangeOwnPasswordInput) => callApi("POST", "/api/account/password", Ok, { json: body }),
  },
  admin: {
    users: {
      list: () => callApi("GET", "/api/admin/users", ListUsersResponse),
      create: (body: CreateUserInput) => callApi("POST", "/api/admin/users", OneTimePasswordResponse, { json: body }),
      changeRole: (userId: string, body: ChangeUserRoleInput) => callApi("PATCH", `/api/admin/users/${id(userId)}`, UserResponse, { json: body }),
      setDisabled: (userId: string, body: SetUserDisabledInput) => callApi("POST", `/api/admin/users/${id(userId)}/disabled`, UserResponse, { json: body }),
      unlock: (userId: string) => callApi("POST", `/api/admin/users/${id(userId)}/unlock`, UserResponse),
      resetPassword: (userId: string) => callApi("POST", `/api/admin/users/${id(userId)}/reset-password`, OneTimePasswordResponse),
    },
    ratings: {
      list: () => callApi("GET", "/api/admin/ratings", RatingScaleResponse),
      create: (body: CreateRatingInput) => callApi("POST", "/api/admin/ratings", RatingAdminResponse, { json: body }),
      update: (ratingId: string, body: UpdateRatingInput) => callApi("PATCH", `/api/admin/ratings/${id(ratingId)}`, RatingAdminResponse, { json: body }),
      delete: (ratingId: string) => callApi("DELETE", `/api/admin/ratings/${id(ratingId)}`, Ok),
      reorder: (body: ReorderRatingsInput) => callApi("POST", "/api/admin/ratings/order", RatingScaleResponse, { json: body }),
    },
    organisation: {
      update: (body: UpdateOrganisationSettingsInput) => callApi("PATCH", "/api/admin/organisation", OrganisationSettingsResponse, { json: body }),
    },
  },
  shareLinks: {
    list: (articleId: string) => callApi("GET", `/api/articles/${id(articleId)}/share-links`, ListShareLinksResponse),
    create: (articleId: string) => callApi("POST", `/api/articles/${id(articleId)}/share-links`, CreateShareLinkResponse),
    revoke: (linkId: string) => callApi("DELETE", `/api/share-links/${id(linkId)}`, RevokeShareLinkResponse),
  },
  reports: {
    /** The cross-article export as a URL (a plain link downloads it) and as a download with progress. */
    url: (query: Record<string, string>) => `/api/reports?${new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ""))}`,
    download: (query: Record<string, string>, onProgress: Parameters<typeof downloadFile>[1]) => downloadFile(api.reports.url(query), onProgress),
  },
  imports: {
    /** A bulk file (JSONL or CSV), queued for the import workers. */
    enqueue: (form: FormData) => callApi("POST", "/api/imports", EnqueueBulkImportResponse, { form }),
    get: (batchId: string, options: { rows?: boolean } = {}) =>
      callApi("GET", `/api/imports/${id(batchId)}${options.rows === false ? "?rows=false" : ""}`, ImportBatchResponse),
  },
};
