import { type ComponentType, lazy } from "react";
import { Emergency } from "../safetravel/screens/Emergency";
import { Home } from "../safetravel/screens/Home";

export type Area = "safetravel" | "juang" | "console";

export interface Route {
  area: Area;
  Screen: ComponentType;
}

const Directory = lazy(() => import("../safetravel/screens/DirectoryScreen"));
const LaporDiri = lazy(() => import("../safetravel/screens/LaporDiri"));
const MyRegistration = lazy(() => import("../safetravel/screens/MyRegistration"));
const CountryFacts = lazy(() => import("../safetravel/screens/CountryFacts"));
const Chat = lazy(() => import("../chat/ChatScreen"));
const NotFound = lazy(() => import("../safetravel/screens/NotFound"));
const Juang = lazy(() => import("../juang/JuangArea"));
const Console = lazy(() => import("../console/ConsoleArea"));

/** Safe Travel routes; Juang (/juang/…) and Console (/console/…) own everything under their prefix. */
export const SAFE_TRAVEL_ROUTES: Record<string, ComponentType> = {
  "/": Home,
  "/emergency": Emergency,
  "/directory": Directory,
  "/lapor-diri": LaporDiri,
  "/lapor-diri/saya": MyRegistration,
  "/country": CountryFacts,
  "/chat": Chat,
};

export function resolveRoute(path: string): Route {
  const p = path.length > 1 ? path.replace(/\/+$/, "") : path;
  if (p === "/juang" || p.startsWith("/juang/")) return { area: "juang", Screen: Juang };
  if (p === "/console" || p.startsWith("/console/")) return { area: "console", Screen: Console };
  return { area: "safetravel", Screen: SAFE_TRAVEL_ROUTES[p] ?? NotFound };
}
