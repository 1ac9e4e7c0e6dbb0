import Link from "next/link";
import { requirePageActor } from "@/lib/auth/require-page-actor";
import { AUDIT_ACTIONS, entityTypeOf } from "@/lib/audit/audit-events";
import { listAuditLog, ListAuditLogQuery } from "@/lib/audit/list-audit-log";
import { fieldIssues } from "@/lib/http/api-route";
import { formatDateTime } from "@/lib/format/format-date";
import { listUsers } from "@/lib/users/list-users";
import { Button, buttonClasses } from "@/components/ui/button";

export const metadata = { title: "Audit log · Admin" };
export const dynamic = "force-dynamic";

const ENTITY_TYPES = [...new Set(AUDIT_ACTIONS.map(entityTypeOf))].sort();
const FILTERS = ["actor", "action", "entityType", "entityId", "from", "to"] as const;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor("audit.read_all", "/admin/audit");
  const raw = Object.fromEntries(Object.entries(await searchParams).filter((e): e is [string, string] => typeof e[1] === "string"));
  const parsed = ListAuditLogQuery.safeParse(raw);
  const [users, page] = await Promise.all([listUsers(), parsed.success ? listAuditLog(actor, parsed.data) : null]);
  const filters = Object.fromEntries(FILTERS.filter((k) => raw[k]).map((k) => [k, raw[k]!]));
  const nextHref = page?.nextCursor ? `/admin/audit?${new URLSearchParams({ ...filters, after: page.nextCursor })}` : null;
  return (
    <div className="stack stack-lg">
      <form className="card audit-filters" method="get" action="/admin/audit" aria-label="Filter the audit log">
        <div className="field">
          <label htmlFor="audit-actor">Who</label>
          <select id="audit-actor" name="actor" defaultValue={raw.actor ?? ""}>
            <option value="">Anyone</option>
            <option value="system">The system</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">What</label>
          <select id="audit-action" name="action" defaultValue={raw.action ?? ""}>
            <option value="">Any action</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-type">Entity</label>
          <select id="audit-entity-type" name="entityType" defaultValue={raw.entityType ?? ""}>
            <option value="">Any entity</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity-id">Entity id</label>
          <input id="audit-entity-id" name="entityId" defaultValue={raw.entityId ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-from">From</label>
          <input id="audit-from" name="from" type="date" defaultValue={raw.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">To</label>
          <input id="audit-to" name="to" type="date" defaultValue={raw.to ?? ""} />
        </div>
        <div className="row audit-filter-buttons">
          <Button type="submit" variant="primary">
            Filter
          </Button>
          <Link href="/admin/audit" className={buttonClasses()}>
            Clear
          </Link>
        </div>
      </form>
      {!parsed.success && (
        <div className="form-error" role="alert">
          {fieldIssues(parsed.error, "query")
            .map((i) => `${i.field}: ${i.message}`)
            .join("; ")}
        </div>
      )}
      {page && (
        <div className="card table-scroll">
          {page.entries.length === 0 ? (
            <div className="empty">No entries match.</div>
          ) : (
            <table className="table" data-testid="audit-log">
              <caption className="visually-hidden">Audit log, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Action</th>
                  <th scope="col">Entity</th>
                </tr>
              </thead>
              <tbody>
                {page.entries.map((e) => (
                  <tr key={e.id}>
                    <td className="muted nowrap">{formatDateTime(e.createdAt)}</td>
                    <td>{e.description}</td>
                    <td className="mono">{e.action}</td>
                    <td className="mono">
                      <Link href={`/admin/audit?${new URLSearchParams({ entityType: e.entityType, entityId: e.entityId })}`} title="Every entry of this entity">
                        {e.entityType} {e.entityId}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
      {nextHref && (
        <div>
          <Link href={nextHref} className={buttonClasses()} rel="next">
            Older entries
          </Link>
        </div>
      )}
    </div>
  );
}
