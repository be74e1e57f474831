import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

/** A signed-in browser: keeps the session cookie and sends the CSRF header on writes, like the web app. */
export class ApiUser {
  constructor(
    readonly app: FastifyInstance,
    readonly cookie: string,
    readonly csrf: string,
    readonly id: string,
    readonly practiceId: string,
  ) {}

  static async signUp(app: FastifyInstance, email: string, practiceName = 'Practice'): Promise<ApiUser> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { practiceName, name: 'Admin ' + email, email, password: 'correct horse battery' },
    });
    if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
    return ApiUser.fromResponse(app, res);
  }

  static async signIn(app: FastifyInstance, email: string, password = 'correct horse battery'): Promise<ApiUser> {
    const res = await app.inject({ method: 'POST', url: '/api/auth/signin', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`signin failed: ${res.statusCode} ${res.body}`);
    return ApiUser.fromResponse(app, res);
  }

  static fromResponse(app: FastifyInstance, res: LightMyRequestResponse): ApiUser {
    const cookie = res.cookies.find((c) => c.name === 'insession_session');
    const body = res.json<{ user: { id: string; practiceId: string }; csrfToken: string }>();
    if (!cookie) throw new Error('no session cookie');
    return new ApiUser(app, `insession_session=${cookie.value}`, body.csrfToken, body.user.id, body.user.practiceId);
  }

  /** A caller with no session at all. */
  static anonymous(app: FastifyInstance): ApiUser {
    return new ApiUser(app, '', '', '', '');
  }

  request(opts: InjectOptions): Promise<LightMyRequestResponse> {
    const auth = this.cookie ? { cookie: this.cookie, 'x-csrf-token': this.csrf } : {};
    return this.app.inject({ ...opts, headers: { ...(opts.headers ?? {}), ...auth } });
  }

  get(url: string) {
    return this.request({ method: 'GET', url });
  }
  post(url: string, payload?: object) {
    return this.request({ method: 'POST', url, ...(payload === undefined ? {} : { payload }) });
  }
  patch(url: string, payload: object) {
    return this.request({ method: 'PATCH', url, payload });
  }
  delete(url: string) {
    return this.request({ method: 'DELETE', url });
  }
}
