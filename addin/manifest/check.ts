/**
 * Offline checks of a rendered manifest. Office's own validator needs the internet, so this
 * covers what breaks an add-in in practice: malformed XML, missing elements, resids that point
 * nowhere, a shared runtime split across two pages, and URLs to files the build does not make.
 * Returns the problems found, in plain words; an empty list means the manifest passed.
 */
import { ADDIN_FILES } from './files';
import { allElements, at, childrenNamed, parseXml, type XmlElement } from './xml';

export interface ManifestCheckOptions {
  /** The base URL the manifest was rendered for. */
  baseUrl: string;
  /** Paths (relative to the base URL) that exist; defaults to every file the build produces. */
  files?: readonly string[];
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+\.\d+\.\d+\.\d+$/;
/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'bt:Image',
  'bt:Url',
]);
/** Elements that define a resource id (inside Resources). */
const RESOURCE_ELEMENTS = new Set(['bt:Image', 'bt:Url', 'bt:String']);

export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  const need = (condition: unknown, problem: string) => {
    if (!condition) problems.push(problem);
  };

  need(root.name === 'OfficeApp', `The root element must be OfficeApp, not ${root.name}.`);
  need(root.attrs['xsi:type'] === 'TaskPaneApp', 'OfficeApp must be xsi:type="TaskPaneApp".');
  for (const name of [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'Permissions',
  ]) {
    need(at(root, name), `Missing <${name}>.`);
  }
  need(GUID.test(at(root, 'Id')?.text ?? ''), `<Id> must be a GUID, got "${at(root, 'Id')?.text ?? ''}".`);
  need(
    VERSION.test(at(root, 'Version')?.text ?? ''),
    `<Version> must be a.b.c.d, got "${at(root, 'Version')?.text ?? ''}".`,
  );
  need(
    childrenNamed(at(root, 'Hosts') ?? root, 'Host').some((h) => h.attrs.Name === 'Workbook'),
    'Missing <Hosts><Host Name="Workbook"/>.',
  );
  const sets = childrenNamed(at(root, 'Requirements', 'Sets') ?? root, 'Set').map((s) => s.attrs.Name);
  for (const set of ['SharedRuntime', 'CustomFunctionsRuntime']) {
    need(sets.includes(set), `<Requirements> must name the ${set} set.`);
  }
  need(at(root, 'DefaultSettings', 'SourceLocation'), 'Missing <DefaultSettings><SourceLocation>.');

  const overrides = at(root, 'VersionOverrides');
  const host =
    overrides &&
    childrenNamed(at(overrides, 'Hosts') ?? overrides, 'Host').find(
      (h) => h.attrs['xsi:type'] === 'Workbook',
    );
  need(host, 'Missing <VersionOverrides><Hosts><Host xsi:type="Workbook">.');
  const runtime = host && at(host, 'Runtimes', 'Runtime');
  need(runtime?.attrs.lifetime === 'long', 'The shared runtime needs <Runtime lifetime="long">.');
  const functionsPoint =
    host &&
    childrenNamed(at(host, 'AllFormFactors') ?? host, 'ExtensionPoint').find(
      (e) => e.attrs['xsi:type'] === 'CustomFunctions',
    );
  need(functionsPoint, 'Missing the CustomFunctions extension point.');
  const scriptResid = functionsPoint && at(functionsPoint, 'Script', 'SourceLocation')?.attrs.resid;
  const pageResid = functionsPoint && at(functionsPoint, 'Page', 'SourceLocation')?.attrs.resid;
  const metadataResid = functionsPoint && at(functionsPoint, 'Metadata', 'SourceLocation')?.attrs.resid;
  const namespaceResid = functionsPoint && at(functionsPoint, 'Namespace')?.attrs.resid;
  need(
    scriptResid && pageResid && metadataResid && namespaceResid,
    'CustomFunctions needs Script, Page, Metadata and Namespace.',
  );
  const desktop = host && at(host, 'DesktopFormFactor');
  const functionFileResid = desktop && at(desktop, 'FunctionFile')?.attrs.resid;
  const showTaskpane =
    desktop &&
    allElements(desktop).find((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane');
  need(showTaskpane, 'No ribbon button opens the task pane (Action xsi:type="ShowTaskpane").');
  const taskpaneResid = showTaskpane && at(showTaskpane, 'SourceLocation')?.attrs.resid;

  // One runtime: the page, the functions' page, the FunctionFile and the task pane must be the same resid.
  const runtimeResid = runtime?.attrs.resid;
  for (const [what, resid] of [
    ['the custom functions page', pageResid],
    ['the FunctionFile', functionFileResid],
    ['the task pane button', taskpaneResid],
  ] as const) {
    need(
      resid === runtimeResid,
      `${what} uses resid "${resid}" but the shared runtime is "${runtimeResid}".`,
    );
  }

  // Every resid used is defined once, and every defined resource is used.
  const resources = at(overrides ?? root, 'Resources');
  const defined = new Map<string, XmlElement>();
  for (const el of resources ? allElements(resources) : []) {
    if (!RESOURCE_ELEMENTS.has(el.name) || el.attrs.id === undefined) continue;
    need(!defined.has(el.attrs.id), `Resource id "${el.attrs.id}" is defined twice.`);
    defined.set(el.attrs.id, el);
  }
  const used = new Set(
    allElements(root).flatMap((e) => (e.attrs.resid === undefined ? [] : [e.attrs.resid])),
  );
  for (const resid of used)
    need(defined.has(resid), `resid "${resid}" is used but not defined in <Resources>.`);
  for (const id of defined.keys()) need(used.has(id), `Resource "${id}" is defined but never used.`);
  need(
    defined.get(namespaceResid ?? '')?.attrs.DefaultValue === 'RENTAN',
    'The functions namespace must be RENTAN.',
  );
  const iconSizes = new Set(
    allElements(overrides ?? root)
      .filter((e) => e.name === 'bt:Image' && e.attrs.size)
      .map((e) => e.attrs.size),
  );
  for (const size of ['16', '32', '80']) need(iconSizes.has(size), `No ${size} px ribbon icon.`);

  // Every URL points under the base URL at a file the build makes.
  const base = options.baseUrl.replace(/\/+$/, '') + '/';
  const files = new Set(options.files ?? Object.values(ADDIN_FILES));
  for (const el of allElements(root)) {
    if (!URL_ELEMENTS.has(el.name)) continue;
    const urls = [
      el.attrs.DefaultValue,
      ...childrenNamed(el, 'Override').map((o) => o.attrs.Value),
      ...childrenNamed(el, 'bt:Override').map((o) => o.attrs.Value),
    ];
    for (const url of urls) {
      if (url === undefined) continue;
      if (!url.startsWith(base)) problems.push(`<${el.name}> URL ${url} is not under ${base}.`);
      else if (!files.has(url.slice(base.length)))
        problems.push(`<${el.name}> URL ${url} names a file the build does not produce.`);
    }
  }
  need(
    defined.get(scriptResid ?? '')?.attrs.DefaultValue === base + ADDIN_FILES.script,
    `The functions script must be ${base}${ADDIN_FILES.script}.`,
  );
  need(
    defined.get(metadataResid ?? '')?.attrs.DefaultValue === base + ADDIN_FILES.metadata,
    `The functions metadata must be ${base}${ADDIN_FILES.metadata}.`,
  );
  return problems;
}
