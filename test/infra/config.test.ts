import { describe, expect, it } from 'vitest';
import { InputError } from '../../shared/errors';
import { DEFAULTS, readConfig, type ConfigSources } from '../../infra/aws/config';
import { manifestId } from '../../infra/aws/manifest-id';

const sources = (context: Record<string, unknown>, env: Record<string, string> = {}): ConfigSources => ({
  context: (key) => context[key],
  env,
});

describe('readConfig', () => {
  it('reads stage and regencies from context, with defaults for the rest', () => {
    const config = readConfig(sources({ stage: 'prod', regencies: '6203,6205' }), '123456789012');
    expect(config).toEqual({
      stage: 'prod',
      regencies: ['6203', '6205'],
      domainPrefix: 'rentan-prod-123456789012',
      logRetentionDays: DEFAULTS.logRetentionDays,
      throttleRate: DEFAULTS.throttleRate,
      throttleBurst: DEFAULTS.throttleBurst,
      mfa: 'optional',
      threatProtection: 'enforced',
    });
  });

  it('falls back to the environment, and context wins over it', () => {
    const env = { RENTAN_STAGE: 'staging', RENTAN_REGENCIES: '6106', RENTAN_MFA: 'required' };
    expect(readConfig(sources({}, env))).toMatchObject({
      stage: 'staging',
      regencies: ['6106'],
      mfa: 'required',
    });
    expect(readConfig(sources({ stage: 'test', regencies: '6107' }, env))).toMatchObject({
      stage: 'test',
      regencies: ['6107'],
    });
  });

  it('accepts regency codes written with a dot or spaces, and drops repeats', () => {
    // 62.03 is how Kemendagri writes Kapuas; the group name uses the bare 4 digits.
    expect(readConfig(sources({ regencies: '62.03, 6205 6203' })).regencies).toEqual(['6203', '6205']);
  });

  it('uses the stage alone for the sign-in domain when the account is unknown', () => {
    expect(readConfig(sources({ stage: 'test', regencies: '6203' })).domainPrefix).toBe('rentan-test');
    expect(readConfig(sources({ regencies: '6203', domainPrefix: 'kapuas-rentan' })).domainPrefix).toBe(
      'kapuas-rentan',
    );
  });

  it.each([
    [{ regencies: '6203', stage: 'Prod' }, 'stage'],
    [{ regencies: '6203', stage: '1st' }, 'stage'],
    [{ regencies: '6203', stage: 'a-stage-name-that-is-too-long' }, 'stage'],
    [{}, 'regencies'],
    [{ regencies: ' , ' }, 'regencies'],
    [{ regencies: '620' }, 'regencies'],
    [{ regencies: '6203,kapuas' }, 'regencies'],
    [{ regencies: '6203', domainPrefix: 'my-aws-login' }, 'domainPrefix'],
    [{ regencies: '6203', domainPrefix: 'Rentan' }, 'domainPrefix'],
    [{ regencies: '6203', logRetentionDays: '100' }, 'logRetentionDays'],
    [{ regencies: '6203', throttleRate: '-1' }, 'throttleRate'],
    [{ regencies: '6203', throttleRate: '100', throttleBurst: '50' }, 'throttleBurst'],
    [{ regencies: '6203', mfa: 'sometimes' }, 'mfa'],
    [{ regencies: '6203', threatProtection: 'off' }, 'threatProtection'],
  ])('refuses %j, naming %s', (context, field) => {
    let error: unknown;
    try {
      readConfig(sources(context));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).field).toBe(field);
    expect((error as InputError).message.length).toBeGreaterThan(20);
  });

  it('tells how to name the regencies when none are given', () => {
    expect(() => readConfig(sources({}))).toThrow(/-c regencies=6203,6205/);
  });

  it('refuses sources that are not a context lookup and an environment', () => {
    expect(() => readConfig(undefined as unknown as ConfigSources)).toThrow(InputError);
  });
});

describe('manifestId', () => {
  const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('is a GUID, the same on every deployment of one stage, different between stages and accounts', () => {
    const test = manifestId('test', '123456789012');
    expect(test).toMatch(GUID);
    expect(manifestId('test', '123456789012')).toBe(test);
    expect(manifestId('prod', '123456789012')).not.toBe(test);
    expect(manifestId('test', '210987654321')).not.toBe(test);
    expect(manifestId('prod', '123456789012')).toMatch(GUID);
  });

  it('refuses an empty stage or account', () => {
    expect(() => manifestId('', '123456789012')).toThrow(InputError);
    expect(() => manifestId('test', ' ')).toThrow(InputError);
  });
});
