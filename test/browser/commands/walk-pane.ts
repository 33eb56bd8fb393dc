/**
 * A browser command (it runs in Node): builds the add-in, serves it, and walks through the pane
 * in a tab of the same Chromium as a person would, with the keyboard and mouse: find the roster,
 * map a header by hand, check, select a reason's rows, write statuses, switch to English. Excel
 * is the stand-in of fixtures/excel-stand-in.ts (bundled here with esbuild), so the pane's real
 * workbook adapter runs against a fake workbook in the page. A screenshot of each step is saved
 * under .ci/out/screenshots/ (git-ignored) for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build } from 'vite';
import type { Page } from 'playwright';
import type { BrowserCommand } from 'vitest/node';
import type {} from '@vitest/browser-playwright';
import { serveStaticFiles } from '../../../infra/local/static-files';
import { ADDIN_FILES } from '../../../addin/manifest/files';
import { columnLetter } from '../../../shared/roster';
import { AS_OF, SHEET, UNKNOWN_CATEGORY_HEADER, standInRoster } from '../fixtures/stand-in-roster';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const SCREENSHOTS = join(ROOT, '.ci/out/screenshots');

export interface PaneWalk {
  headings: string[];
  lang: string;
  associated: string[];
  /** Counts shown by status, in the pane's words. */
  counts: Record<string, number>;
  /** Reason lines as shown ("12 baris · sentence"). */
  reasons: string[];
  warnings: string[];
  /** What the live status line said after each action. */
  said: Record<'found' | 'checked' | 'selected' | 'written', string>;
  /** The remembered header mapping, as stored in the workbook's settings. */
  rememberedMapping: unknown;
  /** Data rows (0-based under the header) selected after "select rows". */
  selectedRows: number[];
  /** Sheet cells after writing: the header pair and each data row's [No, NIK, status, reasons]. */
  resultHeader: unknown[];
  resultRows: unknown[][];
  highlightRules: { formula: string; area: unknown }[];
  /** After switching to English. */
  english: {
    headings: string[];
    lang: string;
    counts: Record<string, number>;
    reasons: string[];
    status: string;
  };
  /** Accessibility: buttons without a name, form controls without a label. */
  unnamedButtons: number;
  unlabelledControls: number;
  screenshots: string[];
  errors: string[];
}

async function shoot(tab: Page, name: string, list: string[]): Promise<void> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await tab.screenshot({ path, fullPage: true });
  list.push(path);
}

async function statusSays(tab: Page, text: string | RegExp): Promise<string> {
  const status = tab.getByTestId('pane-status');
  await status.filter({ hasText: text }).waitFor({ timeout: 20_000 });
  return (await status.textContent()) ?? '';
}

async function readCounts(tab: Page): Promise<Record<string, number>> {
  return tab.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const box of document.querySelectorAll('[data-status]')) {
      const label = box.querySelector('dt')?.textContent ?? '';
      counts[label] = Number((box.querySelector('dd')?.textContent ?? '').replace(/[.,]/g, ''));
    }
    return counts;
  });
}

const listItems = (tab: Page, id: string) =>
  tab.evaluate(
    (listId) =>
      [...document.querySelectorAll(`[aria-labelledby="${listId}"] li`)].map(
        (li) => li.querySelector('span')?.textContent ?? '',
      ),
    id,
  );

const headings = (tab: Page) =>
  tab.evaluate(() => [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent ?? ''));

export const walkThePane: BrowserCommand<[], PaneWalk> = async (context) => {
  const outDir = mkdtempSync(join(tmpdir(), 'rentan-walk-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      configLoader: 'runner',
      build: { outDir },
      logLevel: 'silent',
    });
    const standIn = await esbuild({
      entryPoints: [join(ROOT, 'test/browser/fixtures/excel-stand-in.ts')],
      bundle: true,
      format: 'iife',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    });
    const server = await serveStaticFiles({ root: outDir, port: 0 });
    const tab = await context.context.newPage();
    try {
      const errors: string[] = [];
      const screenshots: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.setViewportSize({ width: 380, height: 900 });
      await tab.route(OFFICE_JS, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: standIn.outputFiles[0]!.text }),
      );
      await tab.goto(`${server.url}/${ADDIN_FILES.page}`, { waitUntil: 'load' });

      await tab.bringToFront();
      await tab
        .getByRole('heading', { name: /Langkah 1/ })
        .waitFor({ timeout: 20_000 })
        .catch((error: Error) => {
          throw new Error(`${error.message}\nPage errors: ${errors.join('; ') || 'none'}`);
        });
      await shoot(tab, '1-start', screenshots);

      // Step 2: find the roster, by keyboard (Tab to the button, Enter).
      const find = tab.getByRole('button', { name: 'Cari daftar' });
      await find.focus();
      await tab.keyboard.press('Enter');
      const found = await statusSays(tab, 'Daftar di lembar');
      await shoot(tab, '2-roster-found', screenshots);

      // The category column's header is not one Rentan knows: map it by hand.
      await tab.getByLabel('Kategori', { exact: true }).selectOption({
        label: `${columnLetter(standInRoster().categoryColumn)} · ${UNKNOWN_CATEGORY_HEADER}`,
      });
      await tab.waitForFunction(() => {
        const doc = (window as unknown as { __fakeDocument: { settings: Map<string, string> } })
          .__fakeDocument;
        return doc.settings.get('rentan.headerMapping')?.includes('Kelompok');
      });
      const rememberedMapping = await tab.evaluate(() => {
        const doc = (window as unknown as { __fakeDocument: { settings: Map<string, string> } })
          .__fakeDocument;
        return JSON.parse(JSON.parse(doc.settings.get('rentan.headerMapping')!)) as unknown;
      });
      await shoot(tab, '3-headers-mapped', screenshots);

      // Step 3: check as of a fixed date, see counts and reasons.
      await tab.getByLabel('Tanggal mulai kepesertaan').fill(AS_OF);
      await tab.getByRole('button', { name: 'Periksa daftar' }).click();
      const checked = await statusSays(tab, 'baris diperiksa');
      await tab.locator('[data-status]').first().waitFor();
      const counts = await readCounts(tab);
      const reasons = await listItems(tab, 'check-reasons');
      const warnings = await listItems(tab, 'check-warnings');
      await shoot(tab, '4-checked', screenshots);

      // Select the rows of the first reason.
      await tab.locator('[aria-labelledby="check-reasons"] li button').first().click();
      const selected = await statusSays(tab, 'dipilih');
      const selectedRows = await tab.evaluate(() => {
        const doc = (window as unknown as { __fakeDocument: { selection: { row: number; rows: number }[] } })
          .__fakeDocument;
        return doc.selection.flatMap((a) => Array.from({ length: a.rows }, (_, i) => a.row + i - 4));
      });

      // Write statuses back.
      await tab.getByRole('button', { name: 'Tulis status ke lembar' }).click();
      const written = await statusSays(tab, 'ditulis');
      await shoot(tab, '5-written', screenshots);
      const sheetState = await tab.evaluate((sheetName) => {
        type Sheet = {
          get(r: number, c: number): unknown;
          conditionalFormats: { formula: string; area: unknown }[];
        };
        const doc = (window as unknown as { __fakeDocument: { sheet(n: string): Sheet } }).__fakeDocument;
        const sheet = doc.sheet(sheetName);
        return {
          resultHeader: [sheet.get(3, 15), sheet.get(3, 16)],
          resultRows: Array.from({ length: 300 }, (_, i) => [
            sheet.get(4 + i, 0),
            sheet.get(4 + i, 1),
            sheet.get(4 + i, 15),
            sheet.get(4 + i, 16),
          ]),
          highlightRules: sheet.conditionalFormats.map((cf) => ({ formula: cf.formula, area: cf.area })),
        };
      }, SHEET);

      const accessibility = await tab.evaluate(() => {
        const named = (el: Element) =>
          (el.getAttribute('aria-label') ?? '').trim() !== '' ||
          (el.textContent ?? '').trim() !== '' ||
          (el.getAttribute('aria-labelledby') ?? '') !== '';
        const unnamedButtons = [...document.querySelectorAll('button, [role="button"]')].filter(
          (b) => !named(b),
        ).length;
        const unlabelledControls = [...document.querySelectorAll('input, select, textarea')].filter((c) => {
          const control = c as HTMLInputElement;
          return (
            control.labels?.length === 0 &&
            !control.getAttribute('aria-label') &&
            !control.getAttribute('aria-labelledby')
          );
        }).length;
        return { unnamedButtons, unlabelledControls };
      });
      const before = {
        headings: await headings(tab),
        lang: await tab.evaluate(() => document.documentElement.lang),
      };

      // Switch to English with the keyboard: the radio group moves with the arrow keys.
      await tab.getByRole('radio', { name: 'Bahasa Indonesia' }).focus();
      await tab.keyboard.press('ArrowRight');
      await tab.getByRole('heading', { name: /Step 3/ }).waitFor();
      const english = {
        headings: await headings(tab),
        lang: await tab.evaluate(() => document.documentElement.lang),
        counts: await readCounts(tab),
        reasons: await listItems(tab, 'check-reasons'),
        status: (await tab.getByTestId('pane-status').textContent()) ?? '',
      };
      await shoot(tab, '6-english', screenshots);

      return {
        ...before,
        associated: await tab.evaluate(() => (window as unknown as { __associated: string[] }).__associated),
        counts,
        reasons,
        warnings,
        said: { found, checked, selected, written },
        rememberedMapping,
        selectedRows,
        ...sheetState,
        english,
        ...accessibility,
        screenshots,
        errors,
      };
    } finally {
      await tab.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
};
