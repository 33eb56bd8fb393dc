/**
 * The vite plugin that adds the add-in's generated files to the build: `functions.json` (from
 * the JSDoc, failing on any metadata error), `manifest.xml` (rendered for one base URL) and the
 * ribbon icons. Everything lands beside the bundled page in `dist/addin/`. The rendered manifest
 * is then checked offline against the files actually in the bundle, so a manifest pointing at a
 * file the build did not make fails the build instead of failing in Excel.
 */
import { build as esbuild } from 'esbuild';
import type { Plugin } from 'vite';
import { renderManifest, type ManifestOptions } from '../manifest/render';
import { ADDIN_FILES, ICON_SIZES } from '../manifest/files';
import { checkManifest } from '../manifest/check';
import { generateMetadata } from './metadata';
import { drawIcon } from './icons';

export interface AddinFilesOptions {
  /** The custom functions source whose JSDoc becomes functions.json. */
  functionsSource: string;
  /**
   * The entry that registers the functions, bundled alone into functions.js: one classic script
   * with no import or export, as Office loads it outside a shared runtime. Bundled apart from the
   * page so the pane's chunk cannot share code with it (vite would make functions.js export it).
   */
  functionsEntry: string;
  manifest: ManifestOptions;
}

export function addinFiles(options: AddinFilesOptions): Plugin {
  let manifest = '';
  return {
    name: 'rentan-addin-files',
    apply: 'build',
    // The page loads functions.js first, as a classic script after office.js: the tag is added here
    // because functions.js is not in the page's source folder (it is bundled in generateBundle).
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'script', attrs: { src: `./${ADDIN_FILES.script}` }, injectTo: 'head' }],
    },
    async generateBundle() {
      const script = await esbuild({
        entryPoints: [options.functionsEntry],
        bundle: true,
        format: 'iife',
        target: 'es2022',
        minify: true,
        legalComments: 'none',
        write: false,
        logLevel: 'silent',
      });
      this.emitFile({ type: 'asset', fileName: ADDIN_FILES.script, source: script.outputFiles[0]!.contents });
      const metadata = await generateMetadata(options.functionsSource);
      this.emitFile({ type: 'asset', fileName: ADDIN_FILES.metadata, source: metadata.json });
      manifest = renderManifest(options.manifest);
      this.emitFile({ type: 'asset', fileName: ADDIN_FILES.manifest, source: manifest });
      for (const { size, file } of ICON_SIZES) {
        this.emitFile({ type: 'asset', fileName: file, source: drawIcon(size) });
      }
    },
    // Checked once everything is written: the page is added to the bundle by vite's own plugin.
    writeBundle(_output, bundle) {
      const problems = checkManifest(manifest, {
        baseUrl: options.manifest.baseUrl,
        files: Object.keys(bundle),
      });
      if (problems.length > 0) this.error(`manifest.xml fails its offline checks:\n${problems.join('\n')}`);
    },
  };
}
