export { buildApp, type Platform } from "./app";
export { type Config, loadConfig } from "./config";
