/** Pure validation schemas shared by the server and the web app (zod only, no HTTP, no storage). */
export * from "./alert";
export * from "./common";
export * from "./messages";
export * from "./registration";
