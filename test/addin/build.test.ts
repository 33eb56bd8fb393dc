/**
 * Runs the add-in build once (vite, the repo's vite.config.ts) into a temporary folder and checks
 * what the local stack and CloudFront will serve: every file the manifest names exists, the
 * manifest is rendered for RENTAN_ADDIN_URL, functions.json is the generated metadata.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { checkManifest } from '../../addin/manifest/check';
import { ADDIN_FILES, ICON_SIZES } from '../../addin/manifest/files';
import { generateMetadata } from '../../addin/build/metadata';
import { addinFiles } from '../../addin/build/plugin';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BASE_URL = 'https://addin.rentan.example/kapuas';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'));
}

let outDir: string;
let files: string[];
const savedUrl = process.env.RENTAN_ADDIN_URL;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'rentan-addin-'));
  process.env.RENTAN_ADDIN_URL = BASE_URL;
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    // As `npm run build:addin` loads it (see vite.config.ts).
    configLoader: 'runner',
    build: { outDir },
    logLevel: 'silent',
  });
  files = filesUnder(outDir);
}, 60_000);

afterAll(() => {
  if (savedUrl === undefined) delete process.env.RENTAN_ADDIN_URL;
  else process.env.RENTAN_ADDIN_URL = savedUrl;
});

describe('npm run build:addin', () => {
  it('writes every file the manifest points at', () => {
    for (const file of Object.values(ADDIN_FILES)) expect(files, file).toContain(file);
  });

  it('renders the manifest for RENTAN_ADDIN_URL, and it passes the offline checks against the real output', () => {
    const xml = readFileSync(join(outDir, ADDIN_FILES.manifest), 'utf8');
    expect(xml).toContain(`${BASE_URL}/${ADDIN_FILES.script}`);
    expect(checkManifest(xml, { baseUrl: BASE_URL, files })).toEqual([]);
  });

  it('writes functions.json exactly as generated from the JSDoc', async () => {
    const expected = await generateMetadata(join(ROOT, 'addin/functions/functions.ts'));
    expect(readFileSync(join(outDir, ADDIN_FILES.metadata), 'utf8')).toBe(expected.json);
  });

  it('loads functions.js first from the shared runtime page, as a classic script, with relative URLs', () => {
    const html = readFileSync(join(outDir, ADDIN_FILES.page), 'utf8');
    const officeJs = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(officeJs).toBeGreaterThan(0);
    // A classic script runs as the page is parsed, before any module: the formulas are registered
    // before the pane's code starts; it comes after office.js, which it needs.
    const classic = [...html.matchAll(/<script(?![^>]*type="module")[^>]*src="([^"]+)"/g)];
    expect(classic.map((m) => m[1])).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      `./${ADDIN_FILES.script}`,
    ]);
    const pageScripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(pageScripts.length).toBe(1);
    for (const src of pageScripts) expect(src.startsWith('./')).toBe(true);
    // The page's module does not import functions.js (it would run twice) and loads the pane's UI
    // only on demand, with a dynamic import of its own chunk.
    const entry = readFileSync(join(outDir, pageScripts[0]!), 'utf8');
    expect(entry).not.toMatch(/functions\.js/);
    expect(entry).toMatch(/import\(\s*[`'"]\.\/start-[\w-]+\.js[`'"]\s*\)/);
  });

  it('builds functions.js as one self-contained script that registers all six formulas', () => {
    const js = readFileSync(join(outDir, ADDIN_FILES.script), 'utf8');
    // No static import or export: it runs whether Office loads it as a module or a classic script.
    expect(js).not.toMatch(/(^|[;}\n])\s*import\s*["'{*]|\bexport\s*\{/);
    // Nothing of the pane's UI: a workbook using only the formulas never loads React.
    expect(js).not.toContain('react.element');
    expect(js).toContain('CustomFunctions.associate');
    for (const id of ['RATE', 'PREMIUM', 'WAGEPREMIUM', 'ELIGIBLE', 'CHECK', 'ALLOCATE'])
      expect(js).toContain(id);
  });

  it('draws each icon as a PNG of its size', () => {
    for (const { size, file } of ICON_SIZES) {
      const png = readFileSync(join(outDir, file));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it('fails the build when the manifest names a file the bundle lacks', async () => {
    const plugin = addinFiles({
      functionsSource: join(ROOT, 'addin/functions/functions.ts'),
      functionsEntry: join(ROOT, 'addin/functions/register.ts'),
      manifest: { baseUrl: BASE_URL },
    });
    // The two hooks as rolldown calls them, with a context whose error() throws as rolldown's does.
    const context = {
      emitFile: () => 'ref',
      error: (message: string): never => {
        throw new Error(message);
      },
    };
    const generate = plugin.generateBundle as unknown as (this: typeof context) => Promise<void>;
    const written = plugin.writeBundle as unknown as (this: typeof context, o: object, b: object) => void;
    await generate.call(context);
    const all = Object.fromEntries(Object.values(ADDIN_FILES).map((f) => [f, {}]));
    expect(() => written.call(context, {}, all)).not.toThrow();
    const { [ADDIN_FILES.page]: _page, ...withoutPage } = all;
    expect(() => written.call(context, {}, withoutPage)).toThrow(
      /taskpane\.html names a file the build does not produce/,
    );
  });
});

/**
 * Size budgets, minified bytes (gzip in brackets as measured when set, December 2026):
 * - functions.js: 160,000 (143,297; 42 kB gzip). Every workbook that uses =RENTAN. loads it.
 * - the page's entry: 8,000 (4,293). Loaded with the functions, so it must stay a loader.
 * - the pane's UI chunk (React 19, Fluent UI 9, the workbook adapter, shared/ checks):
 *   650,000 (547,241; 158 kB gzip). Loaded only when the pane is shown.
 * A budget that breaks means something heavy slipped in: find it before raising the number.
 */
describe('bundle sizes', () => {
  const BUDGET = { functions: 160_000, entry: 8_000, pane: 650_000 };
  const size = (file: string) => statSync(join(outDir, file)).size;

  it('keeps functions.js, the page entry and the pane UI chunk within their budgets', () => {
    const entries = files.filter((f) => /^assets\/taskpane-[\w-]+\.js$/.test(f));
    const panes = files.filter((f) => /^assets\/start-[\w-]+\.js$/.test(f));
    expect(entries).toHaveLength(1);
    expect(panes).toHaveLength(1);
    // Every script the build writes is one of these three: the UI is one chunk, not spread about.
    expect(files.filter((f) => f.endsWith('.js')).sort()).toEqual(
      [...entries, ...panes, ADDIN_FILES.script].sort(),
    );
    expect(size(ADDIN_FILES.script)).toBeLessThanOrEqual(BUDGET.functions);
    expect(size(entries[0]!)).toBeLessThanOrEqual(BUDGET.entry);
    expect(size(panes[0]!)).toBeLessThanOrEqual(BUDGET.pane);
    // The pane chunk really is the UI (so the budget measures what it claims to).
    expect(readFileSync(join(outDir, panes[0]!), 'utf8')).toContain('react.element');
  });
});
