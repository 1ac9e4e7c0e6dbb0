import { apiRoute } from "@/lib/http/api-route";
import { listAuditLog, ListAuditLogQuery } from "@/lib/audit/list-audit-log";
import { AuditLogPage } from "@/lib/audit/list-audit-log.types";

export const GET = apiRoute({ permission: "audit.read_all", query: ListAuditLogQuery, response: AuditLogPage }, async ({ actor, query }) => listAuditLog(actor, query));
