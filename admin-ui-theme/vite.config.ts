import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));

// The screens run inside the Keycloak admin console page, whose import map already provides React 18
// ("react", "react/jsx-runtime", "react-dom" from Keycloak's common vendor resources). Leaving them external
// means one React on the page, the console's own, and a much smaller module.
const CONSOLE_PROVIDED = ["react", "react-dom", "react/jsx-runtime"];

const outDir = process.env.KCSCIM_UI_OUT ?? resolve(here, "target/generated-resources/ui");

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The import map has no "react-dom/client"; React 18's "react-dom" module exports createRoot as well.
    alias: [{ find: /^react-dom\/client$/, replacement: "react-dom" }],
  },
  build: {
    outDir: resolve(outDir, "theme/kcscim/admin/resources/js"),
    emptyOutDir: true,
    sourcemap: false,
    lib: {
      entry: resolve(here, "web/main.tsx"),
      formats: ["es"],
      fileName: () => "kcscim.js",
      cssFileName: "kcscim",
    },
    rollupOptions: {
      external: CONSOLE_PROVIDED,
    },
  },
  test: {
    include: ["web/**/*.test.ts"],
  },
});
