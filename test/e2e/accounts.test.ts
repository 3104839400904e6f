// Accounts, roles and the audit trail through the real UI, with sign-in and roles enforced (the
// default): the scenario (an editor of Customer Service adds a goal, cannot edit
// Finance's, signs out), the sign-in errors, an invite used once, API tokens and the audit log.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addUser, asAdmin, E2E_ADMIN, launchBrowser, shot, signInContext, startApp, type RunningApp } from './app.ts';

let app: RunningApp;
let browser: Browser;
let admin: Record<string, string>;
const ids: Record<string, string> = {};
const CS_EDITOR = {
  email: 'cs.editor@e2e.test',
  password: 'customer service pass',
  role: 'editor' as const,
  name: 'Carla Service',
};
const FINANCE_GOAL = 'Cut invoice errors by 30 %';

async function adminCall(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: { ...admin, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function create(path: string, body: unknown): Promise<string> {
  const res = await adminCall('POST', path, body);
  expect(res.status, `POST ${path}: ${JSON.stringify(res.body)}`).toBe(201);
  return res.body.id;
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  admin = await asAdmin(app);
  expect(
    (await adminCall('PUT', '/vision', { statement: 'Leader in customer service', horizonYear: 2028 })).status,
  ).toBe(201);
  ids.cs = await create('/departments', { name: 'Customer Service' });
  ids.finance = await create('/departments', { name: 'Finance' });
  const dates = { startDate: '2026-01-01', dueDate: '2026-12-31' };
  ids.financeGoal = await create('/goals', { title: FINANCE_GOAL, departmentId: ids.finance, ...dates });
  ids.csGoal = await create('/goals', { title: 'Resolve more on first contact', departmentId: ids.cs, ...dates });
  ids.fcr = await create(`/goals/${ids.csGoal}/measures`, {
    name: 'First-contact resolution',
    unit: '%',
    direction: 'increase',
    baseline: 70,
    baselineDate: '2026-01-01',
    target: 80,
    targetDate: '2026-12-31',
  });
  await addUser(app, { ...CS_EDITOR, departmentIds: [ids.cs!] });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(
  opts: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: opts.locale ?? 'en-GB' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) =>
    d.type() === 'confirm' ? d.accept() : (errors.push(`unexpected ${d.type()}: ${d.message()}`), d.dismiss()),
  );
  return { context, page, errors };
}

/** expect.poll with room for a slow machine (scrypt on every sign-in). */
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 10_000 });

/** A form field by its exact label; required fields carry a visual " *" that screen readers skip. */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

async function signInWithForm(page: Page, email: string, password: string) {
  await field(page, 'E-mail').fill(email);
  await field(page, 'Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe('accounts and roles in the browser', () => {
  test('an editor of Customer Service signs in, adds a goal, cannot edit Finance’s goal, and signs out', async () => {
    const { page, errors } = await newPage();

    // Nobody is signed in: the overview sends the person to sign in, and back afterwards.
    await page.goto(`${app.url}/goal/?id=${ids.csGoal}`);
    await page.waitForURL(/\/sign-in\/\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/goal/?id=${ids.csGoal}`);
    await page.getByText('Sign in to continue.').waitFor();
    await page.screenshot({ path: shot('accounts-sign-in'), fullPage: true });
    await signInWithForm(page, CS_EDITOR.email, CS_EDITOR.password);
    await page.waitForURL(`${app.url}/goal/?id=${ids.csGoal}`);
    await page.getByRole('heading', { name: 'Resolve more on first contact' }).waitFor();
    await poll(() => page.locator('.user-menu .who').textContent()).toContain('Carla Service');
    expect(await page.locator('.user-menu').textContent()).toContain('Department editor');
    // Editors get the import and token pages, not the admin pages.
    const adminNav = page.getByRole('navigation', { name: 'Administration' });
    expect(await adminNav.getByRole('link').allTextContents()).toEqual(['Import', 'API tokens']);

    // Their own department's goal: edit controls are offered.
    await page.getByRole('button', { name: 'Edit goal' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add measure' }).count()).toBe(1);

    // The overview: no vision editing, but a goal can be added, only to Customer Service.
    await page.goto(`${app.url}/`);
    await page.locator('blockquote.statement').waitFor();
    expect(await page.getByRole('button', { name: 'Edit vision' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Add a goal under the vision' }).click();
    const department = field(page, 'Department');
    await poll(() => department.locator('option').count()).toBeGreaterThan(0);
    expect(await department.locator('option').allTextContents()).toEqual(['Customer Service']);
    await field(page, 'Title').fill('Answer 80 % of calls within 20 seconds');
    await field(page, 'Start date').fill('2026-01-01');
    await field(page, 'Due date').fill('2026-12-31');
    await page.getByRole('button', { name: 'Add goal' }).click();
    const added = page.locator('.outline').getByRole('link', { name: 'Answer 80 % of calls within 20 seconds' });
    await added.waitFor();
    const goals = (await adminCall('GET', `/goals?departmentId=${ids.cs}`)).body as { id: string; title: string }[];
    expect(goals.map((g) => g.title)).toContain('Answer 80 % of calls within 20 seconds');

    // Departments: read-only for an editor.
    await page.goto(`${app.url}/departments/`);
    await page.getByRole('link', { name: 'Finance' }).waitFor();
    expect(await page.getByRole('button', { name: 'Add department' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Rename/ }).count()).toBe(0);

    // Finance's goal: readable, but no edit, delete or add controls…
    await page.goto(`${app.url}/goal/?id=${ids.financeGoal}`);
    await page.getByRole('heading', { name: FINANCE_GOAL }).waitFor();
    await page.getByRole('heading', { name: 'Sub-goals' }).waitFor();
    for (const name of ['Edit goal', 'Delete goal', 'Add measure'])
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    // …and a request forced from the page is refused by the server, changing nothing.
    const forced = await page.evaluate(async (id) => {
      const res = await fetch(`/api/goals/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Taken over', version: 1 }),
      });
      return { status: res.status, type: res.headers.get('content-type') };
    }, ids.financeGoal);
    expect(forced.status).toBe(403);
    expect(forced.type).toMatch(/problem\+json/);
    expect((await adminCall('GET', `/goals/${ids.financeGoal}`)).body.title).toBe(FINANCE_GOAL);

    // Signing out ends the session: the sign-in page, and any page after it sends there again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\/$/);
    await page.goto(`${app.url}/goal/?id=${ids.financeGoal}`);
    await page.waitForURL(/\/sign-in\/\?next=/);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in/');
    expect(await page.evaluate(async () => (await fetch('/api/session')).status)).toBe(401);
    expect(errors).toEqual([]);
  });

  test('the goal page shows its history: who changed what, before → after', async () => {
    const { context, page, errors } = await newPage();
    // The editor changes their goal in the form, then reads the history.
    await signInContext(context, app, CS_EDITOR.email, CS_EDITOR.password);
    await page.goto(`${app.url}/goal/?id=${ids.csGoal}`);
    await page.getByRole('button', { name: 'Edit goal' }).click();
    await field(page, 'Title').fill('Resolve 80 % on first contact <b>now</b>');
    await field(page, 'Owner').fill('Aino Virtanen');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Resolve 80 % on first contact <b>now</b>' }).waitFor();

    await page.locator('summary', { hasText: 'History' }).click();
    const history = page.locator('.goal-history');
    const latest = history.locator('.audit-entry').first();
    await latest.waitFor();
    expect(await latest.locator('.audit-what').textContent()).toBe(
      'Changed goal “Resolve 80 % on first contact <b>now</b>”',
    );
    expect(await latest.textContent()).toContain('Carla Service');
    // Each changed field: label, old value struck out, new value.
    const title = latest.locator('dl > div', { hasText: 'Title' });
    expect(await title.locator('del').textContent()).toBe('Resolve more on first contact');
    expect(await title.locator('ins').textContent()).toBe('Resolve 80 % on first contact <b>now</b>');
    expect(await latest.locator('dl > div', { hasText: 'Owner' }).locator('ins').textContent()).toBe('Aino Virtanen');
    // User text is shown as text, never as markup.
    expect(await history.locator('b').count()).toBe(0);
    // Older entries: the measure and the goal created by the set-up.
    await poll(() => history.locator('.audit-what').allTextContents()).toEqual(
      expect.arrayContaining([
        'Created measure “First-contact resolution”',
        'Created goal “Resolve more on first contact”',
      ]),
    );
    await history.scrollIntoViewIfNeeded();
    await history.screenshot({ path: shot('accounts-goal-history') });
    expect(errors).toEqual([]);
  });

  test('a wrong password or an unknown e-mail shows one generic error; too many attempts show the wait', async () => {
    const { page, errors } = await newPage();
    await page.goto(`${app.url}/sign-in/`);
    await signInWithForm(page, CS_EDITOR.email, 'not the password');
    const alert = page.locator('form').getByRole('alert');
    await poll(() => alert.textContent()).toBe('E-mail or password is wrong.');
    expect(await field(page, 'Password').inputValue()).toBe('');
    await page.screenshot({ path: shot('accounts-sign-in-error'), fullPage: true });

    await signInWithForm(page, 'nobody@e2e.test', 'not the password');
    await poll(() => alert.textContent()).toBe('E-mail or password is wrong.');

    // Per-account limit: five failures, then the sixth attempt is told how long to wait.
    for (let i = 0; i < 4; i++) {
      await signInWithForm(page, 'nobody@e2e.test', `wrong ${i}`);
      await poll(() => page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    }
    await signInWithForm(page, 'nobody@e2e.test', 'wrong again');
    await poll(() => alert.textContent()).toMatch(/^Too many failed attempts\. Try again in \d+ minutes?\.$/);
    expect(page.url()).toContain('/sign-in/');
    expect(errors).toEqual([]);
  });

  test('an admin invites a person; the link works once and the person becomes an editor of Customer Service', async () => {
    const { context, page, errors } = await newPage();
    await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`${app.url}/admin/users/`);
    await page.getByRole('heading', { name: 'Invite a person' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Administration' }).getByRole('link').allTextContents()).toEqual([
      'Users',
      'Import',
      'API tokens',
      'Audit log',
      'Bin',
    ]);

    await field(page, 'E-mail').fill('new.person@e2e.test');
    expect(await field(page, 'Role').inputValue()).toBe('editor');
    await page.getByRole('group', { name: 'Departments they edit' }).getByLabel('Customer Service').check();
    await page.getByRole('button', { name: 'Create invite link' }).click();
    const linkField = page.getByLabel('Invite link', { exact: true });
    await linkField.waitFor();
    const link = await linkField.inputValue();
    expect(link).toMatch(new RegExp(`^${app.url}/invite/\\?token=[A-Za-z0-9_-]+$`));
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.locator('.copy-field [role=status]').filter({ hasText: /\S/ }).waitFor();
    await page.getByText('new.person@e2e.test', { exact: true }).waitFor(); // pending invites
    await page.screenshot({ path: shot('accounts-users-admin'), fullPage: true });

    // The invited person opens the link (no session), chooses a name and password, and is signed in.
    const guest = await newPage();
    await guest.page.goto(link);
    await guest.page.getByRole('heading', { name: 'Create your account' }).waitFor();
    expect(await guest.page.locator('.lede').textContent()).toContain('new.person@e2e.test');
    await guest.page.screenshot({ path: shot('accounts-invite'), fullPage: true });
    await field(guest.page, 'Your name').fill('Nils Newman');
    // The strength hint follows the typing, with the server's rule: too short, then a known password.
    await field(guest.page, 'Password').fill('password12');
    await guest.page.getByText('10 of at least 12 characters.').waitFor();
    await field(guest.page, 'Password').fill('password1234');
    await guest.page.getByText('This is a common or leaked password: choose another.').waitFor();
    await guest.page.screenshot({ path: shot('accounts-invite-weak-password'), fullPage: true });
    await guest.page.setViewportSize({ width: 390, height: 844 });
    await guest.page.screenshot({ path: shot('accounts-invite-weak-password-390'), fullPage: true });
    await guest.page.setViewportSize({ width: 1366, height: 900 });
    await field(guest.page, 'Password').fill('a long new password');
    await guest.page.getByText('Long enough and not a known password.').waitFor();
    await field(guest.page, 'Repeat the password').fill('a long new passwort');
    await guest.page.getByRole('button', { name: 'Create my account' }).click();
    await guest.page.getByText('The two passwords differ.').waitFor();
    await field(guest.page, 'Repeat the password').fill('a long new password');
    await guest.page.getByRole('button', { name: 'Create my account' }).click();
    await guest.page.waitForURL(`${app.url}/`);
    await poll(() => guest.page.locator('.user-menu .who').textContent()).toContain('Nils Newman');
    expect(guest.errors).toEqual([]);

    // The same link a second time: refused, with a way on.
    const again = await newPage();
    await again.page.goto(link);
    await again.page
      .getByText('This invite link was used already, has expired or was withdrawn.', { exact: false })
      .waitFor();
    expect(await again.page.getByRole('button', { name: 'Create my account' }).count()).toBe(0);

    // Back on the admin page: the person is listed as editor of Customer Service; the invite is gone.
    await page.reload();
    const row = page.locator('tr', { hasText: 'new.person@e2e.test' });
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toBe('Department editor');
    expect(await row.locator('td').nth(2).textContent()).toBe('Customer Service');
    expect(await page.locator('section', { hasText: 'Pending invites' }).getByText('new.person@e2e.test').count()).toBe(
      0,
    );

    // The admin changes the person's role: a viewer has no departments.
    await page.getByRole('button', { name: 'Change role and departments: Nils Newman' }).click();
    const change = page.getByRole('form', { name: 'Role and departments of Nils Newman' });
    await change.getByRole('group', { name: 'Departments they edit' }).getByLabel('Customer Service').waitFor();
    expect(
      await change.getByRole('group', { name: 'Departments they edit' }).getByLabel('Customer Service').isChecked(),
    ).toBe(true);
    await change.getByLabel(/^Role/).selectOption('viewer');
    expect(await change.getByRole('group').count()).toBe(0);
    await change.getByRole('button', { name: 'Save' }).click();
    await poll(() => row.locator('td').nth(1).textContent()).toBe('Viewer');
    await guest.page.reload();
    await poll(() => guest.page.locator('.user-menu .role').textContent()).toBe('Viewer');
    expect(await guest.page.getByRole('button', { name: 'Add a goal under the vision' }).count()).toBe(0);

    // Deactivating ends the person's session.
    await page.getByRole('button', { name: 'Deactivate Nils Newman' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Deactivate' }).click();
    await poll(() => row.locator('td').nth(3).textContent()).toBe('Deactivated');
    await guest.page.reload();
    await guest.page.waitForURL(/\/sign-in\//);
    expect(errors).toEqual([]);
  });

  test('an editor creates an API token for their measure; it records a check-in until revoked', async () => {
    const { context, page, errors } = await newPage();
    await signInContext(context, app, CS_EDITOR.email, CS_EDITOR.password);
    await page.goto(`${app.url}/admin/tokens/`);
    await field(page, 'Token name').fill('Telephony platform');
    const picker = page.getByRole('group', { name: 'Measures it may record check-ins for' });
    await picker.getByLabel(/First-contact resolution/).check();
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = await page.getByLabel('Token (shown once)').inputValue();
    expect(secret).toMatch(/^tlr_/);
    expect(await page.locator('pre.code').textContent()).toContain(`/api/measures/${ids.fcr}/check-ins`);
    await page.locator('table.tokens').getByText('Telephony platform').waitFor();
    await page.screenshot({ path: shot('accounts-tokens'), fullPage: true });

    const push = () =>
      fetch(`${app.url}/api/measures/${ids.fcr}/check-ins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
        body: JSON.stringify({ value: 74, date: '2026-02-01' }),
      });
    expect((await push()).status).toBe(201);

    await page.getByRole('button', { name: 'Revoke Telephony platform' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page
      .locator('table.tokens')
      .getByText(/^Revoked /)
      .waitFor();
    expect((await push()).status).toBe(401);
    expect(errors).toEqual([]);
  });

  test('the admin reads the audit log, filtered by person; others are told it is for admins', async () => {
    const { context, page, errors } = await newPage();
    await signInContext(context, app, E2E_ADMIN.email, E2E_ADMIN.password);
    await page.goto(`${app.url}/admin/audit/`);
    await page.locator('.audit-entry').first().waitFor();
    await field(page, 'Person').selectOption({ label: `Carla Service (${CS_EDITOR.email})` });
    await page.getByRole('button', { name: 'Show' }).click();
    await poll(async () => {
      const who = await page.locator('.audit-entry .meta').allTextContents();
      return who.length > 0 && who.every((w) => w.includes('Carla Service'));
    }).toBe(true);
    expect(new URL(page.url()).searchParams.get('actorId')).toBeTruthy();
    expect(await page.locator('.audit-what').allTextContents()).toEqual(
      expect.arrayContaining(['Created goal “Answer 80 % of calls within 20 seconds”']),
    );
    // Entries link to their goal.
    expect(
      await page.locator('.audit-what a', { hasText: 'Answer 80 % of calls within 20 seconds' }).getAttribute('href'),
    ).toMatch(/^\/goal\/\?id=/);
    await page.screenshot({ path: shot('accounts-audit-log'), fullPage: true });

    const editor = await newPage();
    await signInContext(editor.context, app, CS_EDITOR.email, CS_EDITOR.password);
    await editor.page.goto(`${app.url}/admin/audit/`);
    await editor.page.getByText('Only admins can read the whole log.', { exact: false }).waitFor();
    await editor.page.goto(`${app.url}/admin/users/`);
    await editor.page.getByText('Only admins can see this page.').waitFor();
    expect([...errors, ...editor.errors]).toEqual([]);
  });

  test('Swedish: the sign-in page and the users page', async () => {
    const { page, errors } = await newPage({ locale: 'sv-SE' });
    await page.goto(`${app.url}/sv/admin/users/`);
    await page.waitForURL(/\/sv\/sign-in\/\?next=%2Fsv%2Fadmin%2Fusers%2F/);
    await page.getByText('Logga in för att fortsätta.').waitFor();
    await page.screenshot({ path: shot('accounts-sign-in-sv'), fullPage: true });
    await field(page, 'E-post').fill(E2E_ADMIN.email);
    await field(page, 'Lösenord').fill(E2E_ADMIN.password);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.waitForURL(`${app.url}/sv/admin/users/`);
    await page.getByRole('heading', { name: 'Bjud in en person' }).waitFor();
    await page.locator('tr', { hasText: CS_EDITOR.email }).getByText('Avdelningsredaktör').waitFor();
    await page.screenshot({ path: shot('accounts-users-admin-sv'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
