import { describe, expect, it } from 'vitest';
import { renderManifest, DEFAULT_MANIFEST_ID } from '../../addin/manifest/render';
import { checkManifest } from '../../addin/manifest/check';
import { ADDIN_FILES } from '../../addin/manifest/files';
import { at, parseXml } from '../../addin/manifest/xml';
import { InputError } from '../../shared/errors';

const LOCAL = 'https://localhost:3000';
const CLOUDFRONT = 'https://d1abcdef.cloudfront.net/addin';

describe('renderManifest', () => {
  it('renders a manifest that passes every offline check for the local stack', () => {
    const xml = renderManifest({ baseUrl: LOCAL });
    expect(checkManifest(xml, { baseUrl: LOCAL })).toEqual([]);
  });

  it('renders for a CloudFront URL with a path, a trailing slash trimmed', () => {
    const xml = renderManifest({ baseUrl: `${CLOUDFRONT}/`, version: '2.3.4.5' });
    expect(checkManifest(xml, { baseUrl: CLOUDFRONT })).toEqual([]);
    const root = parseXml(xml);
    expect(at(root, 'Version')?.text).toBe('2.3.4.5');
    expect(at(root, 'IconUrl')?.attrs.DefaultValue).toBe(`${CLOUDFRONT}/${ADDIN_FILES.icon32}`);
    // Nothing still points at localhost.
    expect(xml).not.toContain('localhost');
  });

  it('uses a fixed GUID by default, so re-rendering never creates a second add-in', () => {
    const root = parseXml(renderManifest({ baseUrl: LOCAL }));
    expect(at(root, 'Id')?.text).toBe(DEFAULT_MANIFEST_ID);
    expect(at(root, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('lists API and issuer origins as AppDomains, once each, and omits the element when none', () => {
    const xml = renderManifest({
      baseUrl: LOCAL,
      appDomains: [
        'https://api.example.id/v1/rosters',
        'https://auth.example.id',
        'https://auth.example.id/',
      ],
    });
    const domains = at(parseXml(xml), 'AppDomains')!.children.map((c) => c.text);
    expect(domains).toEqual(['https://api.example.id', 'https://auth.example.id']);
    expect(at(parseXml(renderManifest({ baseUrl: LOCAL })), 'AppDomains')).toBeUndefined();
  });

  it('escapes the display name so it cannot break the XML', () => {
    const xml = renderManifest({ baseUrl: LOCAL, displayName: 'Rentan <Kapuas> & "Barito"' });
    expect(checkManifest(xml, { baseUrl: LOCAL })).toEqual([]);
    expect(xml).toContain('DefaultValue="Rentan &lt;Kapuas&gt; &amp; &quot;Barito&quot;"');
    // And a parser reads back exactly what was given.
    expect(at(parseXml(xml), 'DisplayName')?.attrs.DefaultValue).toBe('Rentan <Kapuas> & "Barito"');
  });

  it.each([
    [{ baseUrl: 'http://localhost:3000' }, 'baseUrl', /https/],
    [{ baseUrl: 'localhost:3000/x y' }, 'baseUrl', /https/],
    [{ baseUrl: 'https://x.id/?a=1' }, 'baseUrl', /query/],
    [{ baseUrl: LOCAL, id: 'not-a-guid' }, 'id', /GUID/],
    [{ baseUrl: LOCAL, version: '1.0.0' }, 'version', /four numbers/],
    [{ baseUrl: LOCAL, displayName: '   ' }, 'displayName', /1 to 125/],
    [{ baseUrl: LOCAL, appDomains: ['ftp://files.example.id'] }, 'appDomains', /https/],
  ])('rejects %o with an InputError on %s', (options, field, message) => {
    let caught: unknown;
    try {
      renderManifest(options);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).field).toBe(field);
    expect((caught as InputError).message).toMatch(message);
  });
});

describe('checkManifest catches broken manifests', () => {
  const good = renderManifest({ baseUrl: LOCAL });

  it.each([
    ['malformed XML', good.replace('</OfficeApp>', ''), /well-formed/],
    [
      'a resid used but not defined',
      good.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'),
      /Group.Missing" is used but not defined/,
    ],
    [
      'a resource never used',
      good.replace('<Label resid="Group.Label"/>', '<Label resid="TaskpaneButton.Label"/>'),
      /"Group.Label" is defined but never used/,
    ],
    [
      'a task pane outside the shared runtime',
      good
        .replace(
          '<bt:Url id="Taskpane.Url"',
          '<bt:Url id="Other.Url" DefaultValue="https://localhost:3000/taskpane.html"/>\n<bt:Url id="Taskpane.Url"',
        )
        .replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Other.Url"/>'),
      /FunctionFile uses resid "Other.Url"/,
    ],
    [
      'a URL to a file the build does not make',
      good.replace('assets/icon-80.png', 'assets/icon-64.png'),
      /does not produce/,
    ],
    [
      'a URL outside the base URL',
      good.replace('https://localhost:3000/functions.json', 'https://elsewhere.id/functions.json'),
      /not under/,
    ],
    [
      'a version with three parts',
      good.replace('<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>'),
      /a.b.c.d/,
    ],
    ['an id that is not a GUID', good.replace(DEFAULT_MANIFEST_ID, 'rentan'), /GUID/],
    ['a short-lived runtime', good.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
    [
      'another namespace',
      good.replace('DefaultValue="RENTAN"', 'DefaultValue="RTN"'),
      /namespace must be RENTAN/,
    ],
    [
      'no SharedRuntime requirement',
      good.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ''),
      /SharedRuntime/,
    ],
    ['no 80 px icon', good.replaceAll('<bt:Image size="80" resid="Icon.80x80"/>', ''), /80 px|never used/],
  ])('reports %s', (_what, xml, problem) => {
    const problems = checkManifest(xml, { baseUrl: LOCAL });
    expect(
      problems.some((p) => problem.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
});
