import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { startOutbox } from "./safetravel/lib/outbox";
import { App } from "./shell/App";
import { initI18n } from "./shell/i18n";
import "./styles.css";

initI18n();
startOutbox();

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
