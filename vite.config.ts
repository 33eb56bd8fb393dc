/**
 * The add-in build (`npm run build:addin`): the shared runtime page, `functions.js` (a stable
 * name, because the manifest points at it), `functions.json`, `manifest.xml` and icons, all in
 * `dist/addin/`. The manifest is rendered for RENTAN_ADDIN_URL (default https://localhost:3000,
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
  logLevel: 'warn',
  plugins: [
    addinFiles({
      functionsSource: here('./addin/functions/functions.ts'),
      manifest: { baseUrl: process.env.RENTAN_ADDIN_URL || 'https://localhost:3000' },
    }),
  ],
  build: {
    outDir: here('./dist/addin'),
    emptyOutDir: true,
    // Office's Excel runtimes are evergreen WebView2/Safari/Chromium; ES2022 keeps the bundle small.
    target: 'es2022',
    rolldownOptions: {
      input: {
        taskpane: here('./addin/runtime/taskpane.html'),
        functions: here('./addin/functions/register.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'functions' ? 'functions.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
