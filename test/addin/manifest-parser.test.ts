/**
 * The rendered manifest read back by Microsoft's own parser (office-addin-manifest, which
 * office-addin-dev-settings uses to sideload): its `validate` needs the internet, its reader
 * does not. What it reads is what Office's tools will act on.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { OfficeAddinManifest, OfficeApp, getOfficeAppsForManifestHosts } from 'office-addin-manifest';
import { ADDIN_FILES } from '../../addin/manifest/files';
import { DEFAULT_MANIFEST_ID, renderManifest } from '../../addin/manifest/render';

const dir = mkdtempSync(join(tmpdir(), 'rentan-manifest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function parse(xml: string) {
  const path = join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(path, xml);
  return OfficeAddinManifest.readManifestFile(path);
}

it('reads the local stack manifest as an Excel task pane add-in with our id, version, URLs and domains', async () => {
  const info = await parse(
    renderManifest({
      baseUrl: 'https://localhost:3000',
      appDomains: ['https://localhost:3001', 'https://localhost:3002'],
    }),
  );
  expect(info).toMatchObject({
    id: DEFAULT_MANIFEST_ID,
    version: '1.0.0.0',
    displayName: 'Rentan',
    providerName: 'Rentan',
    defaultLocale: 'en-US',
    officeAppType: 'TaskPaneApp',
    permissions: 'ReadWriteDocument',
    hosts: ['Workbook'],
    iconUrl: `https://localhost:3000/${ADDIN_FILES.icon32}`,
    defaultSettings: { sourceLocation: `https://localhost:3000/${ADDIN_FILES.page}` },
  });
  // The reader keeps only the first <AppDomain> of the list (office-addin-manifest 3.0.0,
  // getXmlElementsValue); the XML holds both, one element each, as the schema allows.
  expect(info.appDomains).toEqual(['https://localhost:3001']);
  // The app office-addin-dev-settings opens when sideloading.
  expect(getOfficeAppsForManifestHosts(info.hosts)).toEqual([OfficeApp.Excel]);
});

it('reads a deployment manifest under a path, with its own id and version', async () => {
  const info = await parse(
    renderManifest({
      baseUrl: 'https://d123.cloudfront.net/addin',
      id: '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
      version: '1.2.0.7',
      displayName: 'Rentan (test)',
    }),
  );
  expect(info).toMatchObject({
    id: '0b1c2d3e-4f50-4617-8283-94a5b6c7d8e9',
    version: '1.2.0.7',
    displayName: 'Rentan (test)',
    defaultSettings: { sourceLocation: `https://d123.cloudfront.net/addin/${ADDIN_FILES.page}` },
  });
});
