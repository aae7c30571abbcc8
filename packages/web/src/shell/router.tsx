import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from "react";

/**
 * A tiny history-API router. In-app navigation REPLACES the history entry instead of pushing one,
 * so that after a quick exit the Back button cannot bring anyone back into the app
 * (each screen has its own "back to home" link instead).
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string): void {
  if (to === snapshot()) return;
  window.history.replaceState(null, "", to);
  for (const l of listeners) l();
  window.scrollTo(0, 0);
}

/** The current path and query, e.g. "/directory?country=HK". */
export function useLocation(): { path: string; search: URLSearchParams } {
  const loc = useSyncExternalStore(subscribe, snapshot, snapshot);
  const q = loc.indexOf("?");
  return {
    path: q < 0 ? loc : loc.slice(0, q),
    search: new URLSearchParams(q < 0 ? "" : loc.slice(q)),
  };
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}
