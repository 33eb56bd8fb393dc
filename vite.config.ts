/**
 * The add-in build (`npm run build:addin`): the shared runtime page with the pane's UI as a chunk
 * loaded when the pane is shown, `functions.js` (a stable name, because the manifest points at
 * it), `functions.json`, `manifest.xml` and icons, all in `dist/addin/`. The manifest is rendered for RENTAN_ADDIN_URL (default https://localhost:3000,
 * where the local stack serves this folder); the CDK stack renders its own for CloudFront.
 *
 * `npm run build:addin` loads this file with vite's module runner (`--configLoader runner`):
 * the house style is extensionless imports, which the default bundling loader warns about.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { addinFiles } from './addin/build/plugin';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./addin/runtime'),
  // Relative URLs, so the same files work at a host root or under a CloudFront path.
  base: './',
  publicDir: false,
  // Always React's production build and production JSX: vite takes NODE_ENV from the process
  // when set, and tests build this inside vitest (NODE_ENV=test), which would otherwise ship
  // React's development build, or development JSX calls that the production build lacks.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', development: false } },
  logLevel: 'warn',
  plugins: [
    addinFiles({
      functionsSource: here('./addin/functions/functions.ts'),
      functionsEntry: here('./addin/functions/register.ts'),
      manifest: { baseUrl: process.env.RENTAN_ADDIN_URL || 'https://localhost:3000' },
    }),
  ],
  build: {
    outDir: here('./dist/addin'),
    emptyOutDir: true,
    // Office's Excel runtimes are evergreen WebView2/Safari/Chromium; ES2022 keeps the bundle small.
    target: 'es2022',
    // The pane's UI chunk (React + Fluent UI) is over vite's default 500 kB; its budget is checked
    // by test/addin/bundle-size.test.ts instead.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      // functions.js is bundled on its own by the addinFiles plugin (see there why).
      input: { taskpane: here('./addin/runtime/taskpane.html') },
      // Fluent UI marks its modules 'use client' (for React server components); irrelevant in a pane.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
