/**
 * A browser command (it runs in Node, beside vitest): builds the add-in with the repo's vite
 * config, serves the build over HTTP with the local stack's own file server, opens the task pane
 * in a new tab of the same Chromium and reports what a user would see. office.js is Microsoft's
 * and these machines are offline, so each visit decides what its URL answers: a stand-in for
 * Excel's office.js, or nothing (the request fails, as it does without network).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { BrowserCommand } from 'vitest/node';
import type {} from '@vitest/browser-playwright';
import { serveStaticFiles } from '../../../infra/local/static-files';
import { ADDIN_FILES } from '../../../addin/manifest/files';

export type OfficeScript = 'excel' | 'unreachable';

export interface PaneVisit {
  /** The status line as shown, and each of its sentences by language. */
  status: string;
  sentences: Record<string, string>;
  heading: string;
  lang: string;
  /** Formula ids the page handed to CustomFunctions.associate (only with the Excel stand-in). */
  associated: string[];
  /** Uncaught errors on the page, by message. */
  errors: string[];
}

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * What Excel's office.js provides to the shared runtime page: the Office global, ready in Excel,
 * and CustomFunctions (recording associations, so the visit can report them).
 */
const EXCEL_OFFICE_JS = `
window.__associated = [];
window.CustomFunctions = { associate: (id) => window.__associated.push(id) };
window.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };
`;

export const visitBuiltPane: BrowserCommand<[scripts: OfficeScript[]], PaneVisit[]> = async (
  context,
  scripts,
) => {
  const outDir = mkdtempSync(join(tmpdir(), 'rentan-browser-addin-'));
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      // As `npm run build:addin` loads it (see vite.config.ts).
      configLoader: 'runner',
      build: { outDir },
      logLevel: 'silent',
    });
    const server = await serveStaticFiles({ root: outDir, port: 0 });
    try {
      const visits: PaneVisit[] = [];
      for (const script of scripts)
        visits.push(await visit(context, `${server.url}/${ADDIN_FILES.page}`, script));
      return visits;
    } finally {
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};

async function visit(
  context: Parameters<typeof visitBuiltPane>[0],
  url: string,
  script: OfficeScript,
): Promise<PaneVisit> {
  const tab = await context.context.newPage();
  try {
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await tab.route(OFFICE_JS, (route) =>
      script === 'excel'
        ? route.fulfill({ contentType: 'text/javascript', body: EXCEL_OFFICE_JS })
        : route.abort('internetdisconnected'),
    );
    await tab.goto(url, { waitUntil: 'load' });
    // Module scripts have run by `load`; Office.onReady settles just after. Wait for the status line
    // to leave "Loading" (a loaded machine can take seconds), but report whatever it shows (a pane
    // stuck loading included).
    await tab
      .waitForFunction(() => !document.getElementById('status')?.textContent?.includes('Loading'), null, {
        timeout: 30_000,
      })
      .catch(() => undefined);
    const seen = await tab.evaluate(() => {
      const status = document.getElementById('status');
      const sentences: Record<string, string> = {};
      for (const part of status?.querySelectorAll('[lang]') ?? []) {
        sentences[part.getAttribute('lang')!] = part.textContent ?? '';
      }
      return {
        status: status?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no status element)',
        sentences,
        heading: document.querySelector('h1')?.textContent ?? '',
        lang: document.documentElement.lang,
        associated: (window as { __associated?: string[] }).__associated ?? [],
      };
    });
    return { ...seen, errors };
  } finally {
    await tab.close();
  }
}
