import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Header } from "./Header";
import { quickExit } from "./quickExit";
import { useLocation } from "./router";
import { resolveRoute } from "./routes";
import { createDoubleKeyDetector } from "./wipe";

export function App() {
  const { t } = useTranslation();
  const { path } = useLocation();
  const { area, Screen } = resolveRoute(path);
  const first = useRef(true);

  // Double Escape: quick exit, from anywhere.
  useEffect(() => {
    const isDouble = createDoubleKeyDetector(800);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && isDouble(e.timeStamp || performance.now())) void quickExit();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  // After an in-app navigation, move focus to the new screen's heading (screen readers).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const id = window.setTimeout(() => document.querySelector<HTMLElement>("main h1")?.focus(), 50);
    return () => window.clearTimeout(id);
  }, [path]);

  const screen = (
    <Suspense
      fallback={
        <p className="loading" role="status">
          {t("app.loading")}
        </p>
      }
    >
      <Screen />
    </Suspense>
  );

  if (area === "console") return <main id="main">{screen}</main>;
  return (
    <>
      <Header />
      <main id="main">{screen}</main>
    </>
  );
}
