import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiHarness } from './support/api-app.ts';
import { ApiUser } from './support/api-user.ts';
import { currentTotp } from '../../src/security/totp.ts';

describe('accounts and sign-in', () => {
  let h: ApiHarness;
  beforeAll(async () => {
    h = await startApi();
  });
  afterAll(() => h.close());

  it('signs up a practice admin with hardened cookies and answers /me', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: {
        practiceName: 'North Clinic',
        name: 'Ada',
        email: 'Ada@North.example',
        password: 'correct horse battery',
      },
    });
    expect(res.statusCode).toBe(201);
    const session = res.cookies.find((c) => c.name === 'insession_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const user = ApiUser.fromResponse(h.app, res);
    const me = await user.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: 'ada@north.example', role: 'admin' }, isDemo: false });
    const rows = await h.testDb.database.db.selectFrom('auth_sessions').select('token_hash').execute();
    expect(rows.some((r) => session?.value.includes(r.token_hash))).toBe(false);
  });

  it('refuses duplicate emails, weak passwords and wrong passwords with clear messages', async () => {
    const dup = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { practiceName: 'X', name: 'X', email: 'ada@north.example', password: 'correct horse battery' },
    });
    expect(dup.statusCode).toBe(409);
    const weak = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { practiceName: 'X', name: 'X', email: 'x@x.example', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().message).toMatch(/password must be at least 10 characters/);
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ada@north.example', password: 'nope nope nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: 'unauthorized', message: 'email or password is wrong' });
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const user = await ApiUser.signIn(h.app, 'ada@north.example');
    const noCsrf = await h.app.inject({
      method: 'POST',
      url: '/api/clients',
      headers: { cookie: user.cookie },
      payload: { name: 'C' },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error).toBe('csrf');
    const ok = await user.post('/api/clients', { name: 'C' });
    expect(ok.statusCode).toBe(201);
  });

  it('signs out and the cookie stops working', async () => {
    const user = await ApiUser.signIn(h.app, 'ada@north.example');
    expect((await user.post('/api/auth/signout')).statusCode).toBe(204);
    expect((await user.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('logs off after the idle time', async () => {
    const user = await ApiUser.signIn(h.app, 'ada@north.example');
    const idleMinutes = 30;
    await h.testDb.database.db
      .updateTable('auth_sessions')
      .set({ last_seen_at: new Date(Date.now() - (idleMinutes + 1) * 60_000) })
      .execute();
    expect((await user.get('/api/auth/me')).statusCode).toBe(401);
  });

  it('issues bearer API tokens that work without cookies and stop working when revoked', async () => {
    const user = await ApiUser.signIn(h.app, 'ada@north.example');
    const created = await user.post('/api/auth/tokens', { name: 'cli' });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    const auth = { authorization: `Bearer ${token}` };
    expect((await h.app.inject({ method: 'GET', url: '/api/clients', headers: auth })).statusCode).toBe(200);
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/clients', headers: auth, payload: { name: 'Via token' } }))
        .statusCode,
    ).toBe(201);
    expect((await user.delete(`/api/auth/tokens/${id}`)).statusCode).toBe(204);
    expect((await h.app.inject({ method: 'GET', url: '/api/clients', headers: auth })).statusCode).toBe(401);
  });

  it('enrols TOTP and then requires a code at sign-in', async () => {
    const user = await ApiUser.signIn(h.app, 'ada@north.example');
    const { secret } = (await user.post('/api/auth/totp/enrol')).json<{ secret: string }>();
    expect(
      (
        await user.post('/api/auth/totp/verify', {
          code: '000000' === (await currentTotp(secret)) ? '111111' : '000000',
        })
      ).statusCode,
    ).toBe(400);
    expect((await user.post('/api/auth/totp/verify', { code: await currentTotp(secret) })).statusCode).toBe(204);
    const without = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ada@north.example', password: 'correct horse battery' },
    });
    expect(without.statusCode).toBe(401);
    expect(without.json().error).toBe('totp_required');
    const withCode = await h.app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ada@north.example', password: 'correct horse battery', totp: await currentTotp(secret) },
    });
    expect(withCode.statusCode).toBe(200);
  });

  it('resets a password with a single-use token and ends old sessions', async () => {
    await ApiUser.signUp(h.app, 'reset@example.org');
    const old = await ApiUser.signIn(h.app, 'reset@example.org');
    const asked = await h.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'reset@example.org' },
    });
    expect(asked.statusCode).toBe(202);
    const unknown = await h.app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { email: 'nobody@example.org' },
    });
    expect(unknown.statusCode).toBe(202);
    const mails = h.logs.filter((l) => l.includes('reset-password?token='));
    expect(mails).toHaveLength(1);
    const token = decodeURIComponent(/token=([^\s"\\]+)/.exec(mails[0] ?? '')?.[1] ?? '');
    const confirm = (password: string) =>
      h.app.inject({ method: 'POST', url: '/api/auth/password-reset/confirm', payload: { token, password } });
    expect((await confirm('a brand new password')).statusCode).toBe(204);
    expect((await confirm('another new password')).statusCode).toBe(400);
    expect((await old.get('/api/auth/me')).statusCode).toBe(401);
    await ApiUser.signIn(h.app, 'reset@example.org', 'a brand new password');
  });
});
