// The new-password rule (NIST SP 800-63B): length after NFC, not invisible-only, not a known password.
import { describe, expect, it } from 'vitest';
import { newPassword, passwordWeakness } from '../../../src/domain/accounts.ts';
import { DEMO_USERS } from '../../../db/seed/demo-users.ts';
import { TEST_PASSWORD } from '../../integration/sign-in.ts';

describe('new passwords', () => {
  it.each([
    ['password12', 'short'],
    [' '.repeat(12), 'invisible'],
    ['\u200B'.repeat(12), 'invisible'],
    ['\u200B'.repeat(10), 'short'],
    ['e' + '\u0301'.repeat(9), 'short'],
    ['password1234', 'common'],
    ['QWERTY123456', 'common'],
    ['aaaaaaaaaaaaaa', 'repeated'],
  ])('refuses %j (%s)', (p, why) => {
    expect(passwordWeakness(p)).toBe(why);
    expect(newPassword.safeParse(p).success).toBe(false);
  });

  it('counts characters after NFC: a decomposed é is one character', () => {
    expect(passwordWeakness('cafe\u0301 au lait!')).toBeNull(); // 12 characters once composed…
    expect(passwordWeakness('cafe\u0301 au lai')).toBe('short'); // …11 here, though 12 code units
  });

  it('accepts long passphrases without composition rules, and every demo and test password', () => {
    for (const p of [
      'correct horse battery staple',
      'kaffe i fikarummet',
      ...DEMO_USERS.map((u) => u.password),
      TEST_PASSWORD,
    ])
      expect(newPassword.safeParse(p).success, p).toBe(true);
  });
});
