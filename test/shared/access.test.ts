import { describe, expect, it } from 'vitest';
import { accessFromGroups, regencyGroup, roleGroup } from '../../shared/access';

describe('access from the groups claim', () => {
  it('reads one regency and its roles', () => {
    expect(accessFromGroups(['regency:6203', 'role:operator', 'role:finance'])).toEqual({
      regency: '6203',
      roles: ['operator', 'finance'],
    });
  });

  it('gives no regency when there are none or several, so no tenant is guessed', () => {
    expect(accessFromGroups(['role:admin']).regency).toBeNull();
    expect(accessFromGroups(['regency:6203', 'regency:6205']).regency).toBeNull();
    expect(accessFromGroups('regency:6203').regency).toBeNull();
  });

  it('ignores look-alikes', () => {
    expect(accessFromGroups(['regency:62031', 'role:superuser', 'Regency:6203', 42])).toEqual({
      regency: null,
      roles: [],
    });
  });

  it('builds group names and refuses a malformed regency', () => {
    expect(regencyGroup('6205')).toBe('regency:6205');
    expect(roleGroup('finance')).toBe('role:finance');
    expect(() => regencyGroup('62.05')).toThrow(/4 digits/);
  });
});
