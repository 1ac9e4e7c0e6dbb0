"use client";

import { useEffect, useState } from "react";
import { api } from "@/lib/client/api";
import type { ShareLinkView } from "@/lib/reports/share-link.types";
import { formatDateTime } from "@/lib/format/format-date";
import { Button } from "@/components/ui/button";

/**
 * Editors' public links to the article's published report: create one (its URL is shown this once, the
 * server keeps only its hash), see the links made, revoke any (its URL answers 404 from then on).
 */
export function ShareLinks({ articleId }: { articleId: string }) {
  const [links, setLinks] = useState<ShareLinkView[] | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.shareLinks
      .list(articleId)
      .then(({ links }) => setLinks(links))
      .catch((e: Error) => setError(e.message));
  }, [articleId]);

  const act = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section aria-label="Public share links" className="share-links">
      <h3 className="export-kind">Public link (signed out, published report)</h3>
      <div className="export-formats">
        <Button
          size="sm"
          data-testid="share-create"
          onClick={() =>
            void act(async () => {
              const { link, url } = await api.shareLinks.create(articleId);
              setCreated(url);
              setLinks((l) => [link, ...(l ?? [])]);
            })
          }
        >
          Create public link
        </Button>
      </div>
      {created && (
        <p className="small share-new">
          New link (copy it now, it is shown once):{" "}
          <input readOnly className="mono share-url" value={created} aria-label="New public link" data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
      {links && links.length > 0 && (
        <ul className="share-list">
          {links.map((l) => (
            <li key={l.id} data-testid="share-link">
              <span className="small">
                {formatDateTime(l.createdAt)}
                {l.createdBy ? ` by ${l.createdBy}` : ""}
                {l.revokedAt ? ` · revoked ${formatDateTime(l.revokedAt)}` : ""}
              </span>
              {!l.revokedAt && (
                <Button
                  size="sm"
                  variant="danger"
                  data-testid="share-revoke"
                  onClick={() =>
                    void act(async () => {
                      const { link } = await api.shareLinks.revoke(l.id);
                      setLinks((all) => (all ?? []).map((x) => (x.id === link.id ? link : x)));
                    })
                  }
                >
                  Revoke
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="form-error" role="alert">
          {error}
        </div>
      )}
    </section>
  );
}
