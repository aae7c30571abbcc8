/** Pure helpers of the web app, for tests and other packages. */
export { AlertQueue, classifyStatus } from "./safetravel/lib/alertQueue";
export { buildTrustedMessage, smsHref, whatsappShareHref } from "./safetravel/lib/trustedMessage";
export { keysToWipe } from "./shell/wipe";
