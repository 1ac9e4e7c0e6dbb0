"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { InboxItemView } from "@/lib/inbox/list-inbox.types";
import { api } from "@/lib/client/api";
import { formatDateTime } from "@/lib/format/format-date";
import { countOf } from "@/lib/format/count";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";

/** How often a visible tab asks for the unread count. */
const POLL_MS = 60_000;

const claimLink = (item: InboxItemView) => (item.articleId && item.claimId ? `/articles/${encodeURIComponent(item.articleId)}?claim=${encodeURIComponent(item.claimId)}` : null);

/**
 * The bell in the header: my unread assignments and mentions counted, the list in a popover with a link
 * to each claim (following one marks it read), and "Mark all read". The count is the server's as the page
 * was rendered, and fetched again when the popover opens, when the window gets focus or the tab is shown
 * again, and every minute while the tab is visible.
 */
export function InboxBell({ initialUnread }: { initialUnread: number }) {
  const [unread, setUnread] = useState(initialUnread);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<InboxItemView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const popId = useId();
  const root = useRef<HTMLDivElement>(null);

  async function load() {
    try {
      const inbox = await api.inbox.list();
      setItems(inbox.items);
      setUnread(inbox.unread);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  useEffect(() => {
    const refresh = () => void api.inbox.list({ take: 1 }).then((inbox) => setUnread(inbox.unread), () => undefined);
    const onVisible = () => document.visibilityState === "visible" && refresh();
    // A tab left open all day still learns of a new assignment or mention; a hidden tab asks nothing.
    const poll = setInterval(onVisible, POLL_MS);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      clearInterval(poll);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => root.current && !root.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("mousedown", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("mousedown", onClick);
    };
  }, [open]);

  async function markRead(body: { ids: string[] } | { all: true }) {
    try {
      const { unread: left } = await api.inbox.markRead(body);
      setUnread(left);
      const now = new Date().toISOString();
      setItems((list) => list?.map((i) => ("all" in body || body.ids.includes(i.id) ? { ...i, readAt: i.readAt ?? now } : i)) ?? null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  /** Following an unread item marks it read first (a plain link would leave before the request is sent). */
  async function follow(event: React.MouseEvent, item: InboxItemView, href: string) {
    if (item.readAt || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    await api.inbox.markRead({ ids: [item.id] }).catch(() => undefined);
    window.location.assign(href);
  }

  return (
    <div className="inbox" ref={root}>
      <button
        type="button"
        className="btn btn-dark btn-sm inbox-button"
        aria-expanded={open}
        aria-controls={popId}
        data-testid="inbox-button"
        onClick={() => {
          setOpen(!open);
          if (!open) void load();
        }}
      >
        <svg className="inbox-icon" viewBox="0 0 24 24" width="15" height="15" aria-hidden="true" focusable="false">
          <path d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2.5 15a2.5 2.5 0 0 0 5 0h-5Z" fill="currentColor" />
        </svg>
        <span className="visually-hidden">Inbox, </span>
        <span className={unread > 0 ? "nav-count nav-count-alert" : "nav-count"} data-testid="inbox-unread">
          {unread}
        </span>
        <span className="visually-hidden"> unread</span>
      </button>
      {open && (
        <div className="inbox-pop" id={popId} role="region" aria-label="Inbox" data-testid="inbox-popover">
          <div className="inbox-head">
            <strong>Inbox</strong>
            <span className="small muted">{countOf(unread, { one: "unread", other: "unread" })}</span>
            <span className="spacer" />
            <Button size="sm" variant="ghost" disabled={unread === 0} onClick={() => void markRead({ all: true })}>
              Mark all read
            </Button>
          </div>
          <FormError error={error} fieldErrors={{}} />
          {items === null && !error && <div className="empty">Loading…</div>}
          {items?.length === 0 && <div className="empty">Nothing yet: assignments and @mentions arrive here.</div>}
          {items && items.length > 0 && (
            <ul className="inbox-list">
              {items.map((item) => {
                const href = claimLink(item);
                return (
                  <li key={item.id} className={item.readAt ? "is-read" : "is-unread"} data-testid="inbox-item">
                    <span className="badge">{item.kind === "mention" ? "mention" : "assigned"}</span>
                    <div className="inbox-text">
                      {/* A full navigation: the article page opens the claim named in its address. */}
                      {href ? (
                        <a href={href} onClick={(e) => void follow(e, item, href)}>
                          {item.text}
                        </a>
                      ) : (
                        item.text
                      )}
                      <div className="small muted">
                        {formatDateTime(item.createdAt)}
                        {!item.readAt && " · unread"}
                      </div>
                    </div>
                    {!item.readAt && (
                      <Button size="sm" variant="ghost" onClick={() => void markRead({ ids: [item.id] })} aria-label={`Mark read: ${item.text}`}>
                        ✓
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
