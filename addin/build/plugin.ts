/**
 * The vite plugin that adds the add-in's generated files to the build: `functions.json` (from
 * the JSDoc, failing on any metadata error), `manifest.xml` (rendered for one base URL) and the
 * ribbon icons. Everything lands beside the bundled page in `dist/addin/`.
 */
import type { Plugin } from 'vite';
import { renderManifest, type ManifestOptions } from '../manifest/render';
import { ADDIN_FILES, ICON_SIZES } from '../manifest/files';
import { generateMetadata } from './metadata';
import { drawIcon } from './icons';

export interface AddinFilesOptions {
  /** The custom functions source whose JSDoc becomes functions.json. */
  functionsSource: string;
  manifest: ManifestOptions;
}

export function addinFiles(options: AddinFilesOptions): Plugin {
  return {
    name: 'rentan-addin-files',
    apply: 'build',
    async generateBundle() {
      const metadata = await generateMetadata(options.functionsSource);
      this.emitFile({ type: 'asset', fileName: ADDIN_FILES.metadata, source: metadata.json });
      this.emitFile({
        type: 'asset',
        fileName: ADDIN_FILES.manifest,
        source: renderManifest(options.manifest),
      });
      for (const { size, file } of ICON_SIZES) {
        this.emitFile({ type: 'asset', fileName: file, source: drawIcon(size) });
      }
    },
  };
}
