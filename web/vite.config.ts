import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

/** Builds the dashboard into web/dist with every dependency bundled, so it loads nothing from the network. */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Vega and Vega-Lite make the bundle about 800 kB minified (vite 8.4, vega 6.4, vega-lite 6.5).
    chunkSizeWarningLimit: 1536,
  },
});
