/**
 * `npm run sideload`: puts the local stack's manifest (`.local/manifest.xml`, written by
 * `npm start`) into Excel with Microsoft's own tool, office-addin-dev-settings, where it runs:
 * Excel on Windows (registers the manifest for the current user, then opens Excel with a
 * workbook that loads the add-in) and on Mac (copies it into Excel's wef folder, then opens
 * Excel). Elsewhere (Linux, or for Excel on the web) it changes nothing and says what to do.
 * `npm run sideload -- --remove` takes the manifest out again.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readSettings } from './settings';

export type SideloadPlan =
  { kind: 'desktop'; manifestPath: string; remove: boolean } | { kind: 'explain'; lines: string[] };

export const HELP = `Usage: npm run sideload [-- --remove]

Sideloads .local/manifest.xml (written by npm start) into Excel on Windows or Mac.
  --remove   take the add-in out of Excel again
  --help     this text
RENTAN_LOCAL_DIR moves .local as it does for npm start.`;

/** What to do on this platform with this manifest: pure, so every branch is tested anywhere. */
export function sideloadPlan(options: {
  platform: NodeJS.Platform;
  manifestPath: string;
  manifestExists: boolean;
  addinUrl: string;
  remove: boolean;
}): SideloadPlan {
  const { platform, manifestPath, addinUrl } = options;
  if (!options.manifestExists && !options.remove) {
    return {
      kind: 'explain',
      lines: [
        `No manifest at ${manifestPath}: run \`npm start\` first (it writes the manifest), then sideload again.`,
      ],
    };
  }
  if (platform === 'win32' || platform === 'darwin')
    return { kind: 'desktop', manifestPath, remove: options.remove };
  const where =
    platform === 'linux'
      ? 'Excel for Windows and Mac does not run on Linux'
      : `Excel desktop does not run on ${platform}`;
  return {
    kind: 'explain',
    lines: [
      `${where}: nothing was sideloaded. Use Excel on the web instead:`,
      `  1. Keep \`npm start\` running (the add-in's files are served at ${addinUrl}).`,
      '  2. Trust the development certificate once: `npx office-addin-dev-certs install` (README, "Local stack").',
      '  3. In Excel on the web, open a workbook: Home → Add-ins → More Add-ins → My Add-ins →',
      `     Upload My Add-in, and choose ${manifestPath}.`,
    ],
  };
}

/** Runs the plan; returns the exit code (0 when the add-in was sideloaded or removed). */
export async function sideload(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): Promise<number> {
  let remove = false;
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { remove: { type: 'boolean' }, help: { type: 'boolean' } },
      strict: true,
    });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    remove = values.remove ?? false;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const settings = readSettings(env, []);
  const plan = sideloadPlan({
    platform,
    manifestPath: settings.manifestPath,
    manifestExists: existsSync(settings.manifestPath),
    addinUrl: `https://localhost:${settings.ports.addin}`,
    remove,
  });
  if (plan.kind === 'explain') {
    console.error(plan.lines.join('\n'));
    return 1;
  }
  // Loaded only here: Microsoft's tool is CommonJS and only needed on Windows and Mac.
  const devSettings = await import('office-addin-dev-settings');
  const { OfficeApp } = await import('office-addin-manifest');
  if (plan.remove) {
    await devSettings.unregisterAddIn(plan.manifestPath);
    console.log(`Removed ${plan.manifestPath} from Excel.`);
    return 0;
  }
  await devSettings.sideloadAddIn(
    plan.manifestPath,
    OfficeApp.Excel,
    false,
    false,
    devSettings.AppType.Desktop,
  );
  console.log(
    `Sideloaded ${plan.manifestPath}: Excel opens with Rentan on the Home tab. Keep \`npm start\` running.`,
  );
  return 0;
}

// Run as a script (npm run sideload), not when a test imports it. A file URL, so Windows paths compare too.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  sideload(process.argv.slice(2), process.env, process.platform).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`Sideloading failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
