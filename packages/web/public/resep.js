// Neutral page after quick exit. The only thing Safe Travel may still hold on the device is a panic
// alert she pressed for that could not be sent yet (key "safetravel.alertQueue"). Send it from here
// as soon as there is a network, then remove it. Nothing is shown on this page.
(() => {
  const KEY = "safetravel.alertQueue";
  let busy = false;
  function load() {
    try {
      const v = JSON.parse(localStorage.getItem(KEY) || "[]");
      return Array.isArray(v) ? v : [];
    } catch {
      return [];
    }
  }
  function drop(clientId) {
    const rest = load().filter((i) => i?.body && i.body.clientId !== clientId);
    if (rest.length) localStorage.setItem(KEY, JSON.stringify(rest));
    else localStorage.removeItem(KEY);
  }
  function flush() {
    if (busy || !navigator.onLine) return;
    const items = load();
    if (!items.length) return;
    busy = true;
    const next = (i) => {
      if (i >= items.length) {
        busy = false;
        return;
      }
      const body = items[i].body;
      fetch("/api/v1/alerts", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
        .then((res) => {
          const s = res.status;
          if (s === 408 || s === 429 || s >= 500) throw new Error("retry");
          drop(body.clientId);
          next(i + 1);
        })
        .catch(() => {
          busy = false;
        });
    };
    next(0);
  }
  window.addEventListener("online", flush);
  setInterval(flush, 10000); // "online" is not always reported: try again while something waits
  flush();
})();
