import { describe, expect, it } from 'vitest';
import { SCRYPT, hashPassword, parseHash, verifyAgainstDummy, verifyPassword } from '../../../src/server/passwords.ts';

// Lower cost for most cases here keeps the file fast; one case uses the production parameters.
const FAST = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('hashes with the production parameters, a random salt, and verifies', async () => {
    const h = await hashPassword('correct horse battery');
    expect(h).toMatch(/^scrypt\$32768\$8\$3\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(parseHash(h)).toMatchObject(SCRYPT);
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
    expect(await verifyPassword('correct horse batterY', h)).toBe(false);
  });

  it('never contains the password, and two hashes of one password differ (salt)', async () => {
    const [a, b] = await Promise.all([hashPassword('same password 1', FAST), hashPassword('same password 1', FAST)]);
    expect(a).not.toBe(b);
    expect(a).not.toContain('same password');
    expect(await verifyPassword('same password 1', a)).toBe(true);
    expect(await verifyPassword('same password 1', b)).toBe(true);
  });

  it('reads its parameters from the stored hash (a cost change keeps old hashes valid)', async () => {
    const h = await hashPassword('older password', FAST);
    expect(h.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('older password', h)).toBe(true);
  });

  it('compares the NFC form, so é typed either way matches', async () => {
    const h = await hashPassword('caf\u00e9-password', FAST);
    expect(await verifyPassword('cafe\u0301-password', h)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['other scheme', 'bcrypt$2b$10$abc'],
    ['too few parts', 'scrypt$1024$8$1$salt'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0$' + 'A'.repeat(43)],
    ['absurd cost', 'scrypt$1073741824$8$1$c2FsdHNhbHRzYWx0$' + 'A'.repeat(43)],
    ['short key', 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0$AAAA'],
  ])('a malformed hash (%s) never matches', async (_name, stored) => {
    expect(parseHash(stored)).toBeNull();
    expect(await verifyPassword('anything at all', stored)).toBe(false);
  });

  it('the dummy check costs a real verification and is always false', async () => {
    const t = performance.now();
    expect(await verifyAgainstDummy('whatever password')).toBe(false);
    const first = performance.now() - t;
    const t2 = performance.now();
    await verifyPassword('whatever password', await hashPassword('x'.repeat(12)));
    const real = performance.now() - t2;
    // The dummy verification (after its one-time hash) takes about as long as a real one.
    const t3 = performance.now();
    await verifyAgainstDummy('whatever password');
    const dummy = performance.now() - t3;
    expect(first).toBeGreaterThan(0);
    expect(dummy).toBeGreaterThan(real * 0.25);
  }, 20_000);
});
