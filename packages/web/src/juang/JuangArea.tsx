/** The Juang area (/juang/…): PIN gate, onboarding, and the screens. Lazy-loaded as its own chunk. */
import { lazy, type ReactNode, Suspense, useCallback, useEffect, useState } from "react";
import { useLocation } from "../shell/router";
import "./juang.css";
import { getMeta, one, useLive } from "./db";
import { useJ } from "./i18n";
import type { Profile } from "./model";
import { type PinHash, shouldRelock } from "./pin";
import { AddTx } from "./screens/AddTx";
import { Home } from "./screens/Home";
import { LockScreen } from "./screens/Lock";
import { Onboarding } from "./screens/Onboarding";
import { startSyncRunner } from "./sync/runner";

const Remit = lazy(() => import("./screens/Remit"));
const Debts = lazy(() => import("./screens/Debts"));
const Goals = lazy(() => import("./screens/Goals"));
const Budgets = lazy(() => import("./screens/Budgets"));
const Recurring = lazy(() => import("./screens/Recurring"));
const Report = lazy(() => import("./screens/Report"));
const Lessons = lazy(() => import("./screens/Lessons"));
const Settings = lazy(() => import("./screens/Settings"));

function usePinLock(): { locked: boolean | undefined; unlock: () => void; relock: () => Promise<void> } {
  const [locked, setLocked] = useState<boolean | undefined>(undefined);
  const relock = useCallback(async () => {
    setLocked((await getMeta<PinHash>("pin")) !== undefined);
  }, []);
  useEffect(() => {
    void relock();
    let hiddenAt: number | undefined;
    const onVis = () => {
      if (document.visibilityState === "hidden") hiddenAt = Date.now();
      else {
        if (shouldRelock(hiddenAt, Date.now())) void relock();
        hiddenAt = undefined;
      }
    };
    document.addEventListener("visibilitychange", onVis);
    return () => document.removeEventListener("visibilitychange", onVis);
  }, [relock]);
  return { locked, unlock: () => setLocked(false), relock };
}

export default function JuangArea() {
  const { t } = useJ();
  const { path, search } = useLocation();
  const sub = path.replace(/^\/juang\/?/, "").replace(/\/+$/, "");
  const { locked, unlock, relock } = usePinLock();
  const profile = useLive(async () => ({ p: await one<Profile>("profile", "me") }), []);

  useEffect(() => startSyncRunner(), []);

  if (locked === undefined || profile === undefined) {
    return (
      <p className="loading" role="status">
        {t("title")}…
      </p>
    );
  }
  if (locked) return <LockScreen onUnlock={unlock} onWiped={() => void relock()} />;
  if (!profile.p) return <Onboarding pair={sub === "pair"} />;
  const p = profile.p;
  let screen: ReactNode;
  switch (sub) {
    case "add":
      screen = <AddTx profile={p} kind={search.get("type") === "income" ? "income" : "expense"} />;
      break;
    case "send":
      screen = <Remit profile={p} />;
      break;
    case "debts":
      screen = <Debts profile={p} />;
      break;
    case "goals":
      screen = <Goals profile={p} />;
      break;
    case "budgets":
      screen = <Budgets profile={p} />;
      break;
    case "recurring":
      screen = <Recurring profile={p} />;
      break;
    case "report":
      screen = <Report profile={p} />;
      break;
    case "lessons":
      screen = <Lessons />;
      break;
    case "settings":
      screen = <Settings profile={p} onPinChange={() => void relock().then(unlock)} />;
      break;
    default:
      screen = <Home profile={p} />;
  }
  return (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t("title")}…
        </p>
      }
    >
      {screen}
    </Suspense>
  );
}
