import { fileURLToPath } from "node:url";
import { defineConfig, type PluginOption } from "vite";
import { VitePWA } from "vite-plugin-pwa";

const root = fileURLToPath(new URL(".", import.meta.url));

/** Rollup chunk names we want to recognise in the bundle-size report. */
function chunkName(id: string): string | undefined {
  if (id.includes("/packages/directory/")) return "directory";
  if (id.includes("/node_modules/zod/") || id.includes("/packages/server/src/schemas/")) return "schemas";
  return undefined;
}

export default defineConfig({
  root,
  base: "/",
  esbuild: { jsx: "automatic" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    manifest: true,
    target: "es2020",
    sourcemap: false,
    rollupOptions: { output: { manualChunks: chunkName } },
  },
  // The phone's assistant runs in a module worker (src/chat/engineWorker.ts): one self-contained ES
  // chunk, assets/engineWorker-<hash>.js, precached like every other chunk (globPatterns below).
  worker: { format: "es" },
  plugins: [
    // vite-plugin-pwa is typed against the workspace's root vite (8); this package builds with vite 7.
    pwa() as unknown as PluginOption,
  ],
});

function pwa() {
  return VitePWA({
      strategies: "generateSW",
      registerType: "autoUpdate",
      includeManifestIcons: false, // already matched by globPatterns
      injectRegister: "script",
      manifest: {
        name: "Safe Travel",
        short_name: "Safe Travel",
        description: "Bantuan darurat, direktori KBRI/KJRI dan lapor diri untuk Pekerja Migran Indonesia.",
        lang: "id",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#0b3d91",
        icons: [
          { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
          { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
          { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
        ],
      },
      workbox: {
        // The app shell, every lazy chunk (directory included), the assistant's worker, icons and the neutral page resep.html/js.
        globPatterns: ["**/*.{js,css,html,svg,png}"],
        navigateFallback: "/index.html",
        navigateFallbackDenylist: [/^\/api\//, /^\/resep\.html$/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
  });
}
