"use client";

import Link from "next/link";
import { useState } from "react";
import { BulkImport } from "./bulk-import";
import type { MetadataDefaults } from "./metadata-fields";
import { PasteForm } from "./paste-form";
import { UploadForm } from "./upload-form";
import { Tabs } from "@/components/ui/tabs";

export type ImportTab = "paste" | "upload" | "bulk";

const TABS: [ImportTab, string][] = [
  ["paste", "Paste text"],
  ["upload", "Upload a file"],
  ["bulk", "Bulk (JSONL/CSV)"],
];

export interface VersionTargetView {
  id: string;
  title: string;
  versionNumber: number;
}

/** The import page: three ways in. With a version target, only the single-article ways (a bulk file has no target). */
export function ImportWorkspace({
  initialTab,
  initialBatchId,
  versionTarget,
  defaults,
}: {
  initialTab: ImportTab;
  initialBatchId: string | null;
  versionTarget: VersionTargetView | null;
  defaults: MetadataDefaults;
}) {
  const tabs = versionTarget ? TABS.filter(([key]) => key !== "bulk") : TABS;
  const [tab, setTab] = useState<ImportTab>(versionTarget && initialTab === "bulk" ? "paste" : initialTab);

  function choose(next: ImportTab) {
    setTab(next);
    const url = new URL(window.location.href);
    url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
  }

  return (
    <section className="card">
      {versionTarget && (
        <div className="import-version" role="note" data-testid="version-target">
          <div>
            New version of <Link href={`/articles/${versionTarget.id}`}>“{versionTarget.title}”</Link>. Its current text stays on record as version {versionTarget.versionNumber}; the
            text you import becomes version {versionTarget.versionNumber + 1}, and its claims and flags are re-anchored to it.
          </div>
          <Link className="btn btn-sm" href="/import">
            Import a new article instead
          </Link>
        </div>
      )}
      <Tabs id="import" label="How to import" selected={tab} onSelect={choose} items={tabs.map(([key, label]) => ({ key, label }))}>
        {tab === "paste" && <PasteForm versionOf={versionTarget?.id ?? null} defaults={defaults} />}
        {tab === "upload" && <UploadForm versionOf={versionTarget?.id ?? null} defaults={defaults} />}
        {tab === "bulk" && <BulkImport initialBatchId={initialBatchId} />}
      </Tabs>
    </section>
  );
}
