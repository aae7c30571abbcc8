import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { HANDOFF_KEY } from "./chat/handoffQueue";
import { startOutbox } from "./safetravel/lib/outbox";
import { App } from "./shell/App";
import { initI18n } from "./shell/i18n";
import "./styles.css";

initI18n();
startOutbox();
// A request for an officer queued offline is sent when the network returns, even if she never
// opens the chat again.
if (localStorage.getItem(HANDOFF_KEY)) void import("./chat/handoffs").then((m) => m.startHandoffSender());

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
