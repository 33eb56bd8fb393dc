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

  it('loads functions.js from the shared runtime page, with relative URLs', () => {
    const html = readFileSync(join(outDir, ADDIN_FILES.page), 'utf8');
    expect(html).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    // The page's module imports the functions entry; nothing absolute, so any base path works.
    const pageScripts = [...html.matchAll(/<script type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(pageScripts.length).toBeGreaterThan(0);
    for (const src of pageScripts) expect(src.startsWith('./')).toBe(true);
    const imported = pageScripts.map((src) => readFileSync(join(outDir, src), 'utf8')).join('\n');
    expect(imported).toMatch(/import\s*["']\.\.\/functions\.js["']/);
  });

  it('builds functions.js as one self-contained script that registers all six formulas', () => {
    const js = readFileSync(join(outDir, ADDIN_FILES.script), 'utf8');
    // No static import or export: it runs whether Office loads it as a module or a classic script.
    expect(js).not.toMatch(/(^|[;}\n])\s*import\s*["'{*]|\bexport\s*\{/);
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
