import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CERTIFICATE_DIR } from '../../../infra/local/certificates';
import { DEFAULT_PORTS, readSettings } from '../../../infra/local/settings';
import { InputError } from '../../../shared/errors';

const project = '/work/project';

describe('readSettings', () => {
  it('uses the documented fixed ports and folders when nothing is set', () => {
    const settings = readSettings({}, [], project);
    expect(settings.ports).toEqual({ addin: 3000, api: 3001, issuer: 3002, dynamodb: 8000 });
    expect(settings.ports).toEqual(DEFAULT_PORTS);
    expect(settings.dataDir).toBe(join(project, '.local', 'dynamodb'));
    expect(settings.manifestPath).toBe(join(project, '.local', 'manifest.xml'));
    expect(settings.addinDir).toBe(join(project, 'dist', 'addin'));
    expect(settings.certificateDir).toBe(DEFAULT_CERTIFICATE_DIR);
    expect(settings.addinBuild).toBe('auto');
    expect(settings.redirectPaths).toEqual(['/taskpane.html', '/auth-callback.html']);
    expect(settings.smoke).toBe(false);
  });

  it('moves each service with its variable and reads --smoke', () => {
    const settings = readSettings(
      {
        RENTAN_ADDIN_PORT: '4000',
        RENTAN_API_PORT: '4001',
        RENTAN_ISSUER_PORT: '4002',
        RENTAN_DYNAMODB_PORT: '4003',
        RENTAN_LOCAL_DIR: '/tmp/rentan-local',
        RENTAN_ADDIN_BUILD: 'never',
        RENTAN_REDIRECT_PATHS: '/a.html, /b.html',
      },
      ['--smoke'],
      project,
    );
    expect(settings.ports).toEqual({ addin: 4000, api: 4001, issuer: 4002, dynamodb: 4003 });
    expect(settings.dataDir).toBe(resolve('/tmp/rentan-local/dynamodb'));
    expect(settings.addinBuild).toBe('never');
    expect(settings.redirectPaths).toEqual(['/a.html', '/b.html']);
    expect(settings.smoke).toBe(true);
    expect(readSettings({ RENTAN_SMOKE: '1' }, [], project).smoke).toBe(true);
  });

  it('names the variable to fix for a port that is not a port', () => {
    for (const bad of ['0', '65536', '30.5', 'three thousand']) {
      const read = () => readSettings({ RENTAN_API_PORT: bad }, [], project);
      expect(read).toThrow(InputError);
      expect(read).toThrow(/RENTAN_API_PORT must be a port number from 1 to 65535/);
    }
  });

  it('refuses two services on one port', () => {
    expect(() => readSettings({ RENTAN_ISSUER_PORT: '3001' }, [], project)).toThrow(
      /OIDC issuer and API cannot share port 3001; set RENTAN_ISSUER_PORT/,
    );
  });

  it('refuses unknown arguments, build modes and redirect paths', () => {
    expect(() => readSettings({}, ['--smok'], project)).toThrow(/Unknown argument "--smok"/);
    expect(() => readSettings({ RENTAN_ADDIN_BUILD: 'sometimes' }, [], project)).toThrow(
      /auto, always or never/,
    );
    expect(() => readSettings({ RENTAN_REDIRECT_PATHS: 'callback.html' }, [], project)).toThrow(
      /start with "\/"/,
    );
  });
});
