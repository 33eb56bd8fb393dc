/**
 * How the API's Lambda code is bundled, in one place for the stack and for the bundle bench
 * (bench/bundle.bench.ts), so the bench measures what is deployed.
 *
 * Two choices keep the bundle small and its cold load short (found with esbuild's metafile):
 * - `module` before `main`: the AWS SDK and smithy ship ES modules beside CommonJS; esbuild can
 *   drop the unused parts of the former only (the bundle loses about a quarter).
 * - Packages only a few requests need are left out of the main file and bundled on their own
 *   beside it, as node_modules/<name>/index.js, where the main file's require() finds them. A
 *   dynamic import() would not help: a single-file bundle inlines it. exceljs (XLSX export) was
 *   about half of the bundle, and most requests never write a workbook.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';

/** Packages bundled on their own, loaded only by the requests that use them. */
export const SEPARATE_PACKAGES = ['exceljs'] as const;

/** The esbuild settings of every file of the API asset. */
export const API_ESBUILD = {
  target: 'node24',
  format: 'cjs',
  mainFields: ['module', 'main'],
  minify: true,
} as const;

const require = createRequire(import.meta.url);

/**
 * Where a separately bundled package's code starts (its `main`), where its bundle goes, and the
 * package.json that lets both require() and import() find that bundle.
 */
export function separatePackage(
  name: string,
  outputDir: string,
): { entry: string; outfile: string; packageJson: string; manifest: string } {
  const dir = join(outputDir, 'node_modules', name);
  return {
    entry: require.resolve(name),
    outfile: join(dir, 'index.js'),
    packageJson: join(dir, 'package.json'),
    manifest: JSON.stringify({ name, private: true, main: 'index.js' }),
  };
}

/** Shell-quotes one argument for the POSIX shell CDK's local bundling runs hooks in. */
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/** The NodejsFunction bundling of the API (local esbuild, never Docker). */
export function apiBundling(): BundlingOptions {
  const esbuild = join(dirname(require.resolve('esbuild/package.json')), 'bin', 'esbuild');
  return {
    forceDockerBundling: false,
    // Bundle the AWS SDK too: the version tested is the version run, and tree-shaken clients load
    // faster than the runtime's full copy.
    bundleAwsSDK: true,
    externalModules: [...SEPARATE_PACKAGES],
    mainFields: [...API_ESBUILD.mainFields],
    minify: API_ESBUILD.minify,
    sourceMap: true,
    target: API_ESBUILD.target,
    format: OutputFormat.CJS,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (_inputDir, outputDir) =>
        SEPARATE_PACKAGES.flatMap((name) => {
          const { entry, outfile, packageJson, manifest } = separatePackage(name, outputDir);
          const bundle = [
            esbuild,
            entry,
            '--bundle',
            '--platform=node',
            `--target=${API_ESBUILD.target}`,
            `--format=${API_ESBUILD.format}`,
            `--main-fields=${API_ESBUILD.mainFields.join(',')}`,
            '--minify',
            '--log-level=warning',
            `--outfile=${outfile}`,
          ]
            .map(quote)
            .join(' ');
          return [bundle, `printf '%s' ${quote(manifest)} > ${quote(packageJson)}`];
        }),
    },
  };
}
