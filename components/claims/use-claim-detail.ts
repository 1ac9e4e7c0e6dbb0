"use client";

import { useCallback, useEffect, useState } from "react";
import type { ClaimDetailView } from "@/lib/claims/get-claim-detail.types";
import { api } from "@/lib/client/api";

/** The claim panel's view of one claim, fetched when the claim changes and again after every `reload()`. */
export function useClaimDetail(claimId: string): { detail: ClaimDetailView | null; loadError: string | null; reload(): void } {
  const [detail, setDetail] = useState<ClaimDetailView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    api.claims.get(claimId).then(
      ({ claim }) => {
        if (!current) return;
        setDetail(claim);
        setLoadError(null);
      },
      (e: Error) => current && setLoadError(e.message),
    );
    return () => {
      current = false;
    };
  }, [claimId, reloads]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { detail, loadError, reload };
}
