import type { WorkspaceView } from "@/lib/articles/to-workspace-view";

type WorkspaceFlag = WorkspaceView["flags"][number];

/** A status the desk has just written for a flag, shown until the server's view says the same. */
export type FlagOverride = { status: WorkspaceFlag["status"]; dismissalReason: string | null };

export function applyFlagOverrides(flags: WorkspaceFlag[], overrides: Record<string, FlagOverride>): WorkspaceFlag[] {
  if (Object.keys(overrides).length === 0) return flags;
  return flags.map((f) => {
    const o = overrides[f.id];
    return o ? { ...f, status: o.status, dismissalReason: o.dismissalReason ?? f.dismissalReason, needsLook: false } : f;
  });
}

/** Drops the overrides the server's view has caught up with (same object back when nothing changes, so no re-render). */
export function pruneFlagOverrides(flags: WorkspaceFlag[], overrides: Record<string, FlagOverride>): Record<string, FlagOverride> {
  const ids = Object.keys(overrides);
  if (ids.length === 0) return overrides;
  const byId = new Map(flags.map((f) => [f.id, f]));
  const kept = ids.filter((id) => {
    const f = byId.get(id);
    return f !== undefined && f.status !== overrides[id]!.status;
  });
  return kept.length === ids.length ? overrides : Object.fromEntries(kept.map((id) => [id, overrides[id]!]));
}
