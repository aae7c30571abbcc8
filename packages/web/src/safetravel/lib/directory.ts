import type { Directory } from "@safetravel/directory";
import { useEffect, useState } from "react";

/**
 * The directory is bundled into its own chunk (dynamic import) and precached by the service
 * worker, so emergency numbers and the directory work offline without any API call.
 */
let loading: Promise<Directory> | null = null;

export function getDirectory(): Promise<Directory> {
  if (!loading) {
    loading = import("@safetravel/directory").then((m) => m.loadDirectory());
    loading.catch(() => {
      loading = null; // let a later screen try again
    });
  }
  return loading;
}

export function useDirectory(): { directory: Directory | null; failed: boolean } {
  const [directory, setDirectory] = useState<Directory | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    getDirectory().then(
      (d) => alive && setDirectory(d),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  return { directory, failed };
}
