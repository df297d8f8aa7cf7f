// A fake GitHub on 127.0.0.1 for the org-scan and audit tests, in one node:http server:
//  - REST under /api/v3 (as on GitHub Enterprise Server): org repositories with Link-header
//    pagination, org and repository webhooks, deliveries, PATCH/DELETE of hooks; every response
//    carries x-ratelimit-* headers; scenarios: one exhausted primary budget (remaining 0, reset in
//    1 s) and one secondary-limit 403 with retry-after: 1; 401 without the right token;
//  - git smart HTTP under /git/<owner>/<name>.git, served by `git http-backend` (CGI) from bare
//    repositories the test builds; 401 unless the Authorization header is exactly the one hookscan
//    must send (Basic x-access-token:TOKEN), so a passing clone proves the header mechanism.
// Every request is logged (method, path, query, auth verdict, time).
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRepo {
  name: string;
  fork?: boolean;
  archived?: boolean;
  /** Served path under /git/ (default owner/name.git); a missing one makes the clone fail. */
  gitPath?: string;
}

export interface FakeHook {
  id: number;
  active: boolean;
  events: string[];
  config: { url: string; content_type?: string; insecure_ssl?: string; secret?: string };
  created_at?: string;
  last_response?: { code: number | null; status: string; message: string | null };
  deliveries?: { id: number; status_code: number; status: string; delivered_at: string }[];
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** 'ok' when the request carried the expected credentials. */
  auth: 'ok' | 'missing' | 'wrong';
  /** Raw Authorization header (tests check it never appears anywhere it should not). */
  authorization?: string;
  body: string;
  at: number;
  status?: number;
}

export interface FakeGitHubOptions {
  org: string;
  token: string;
  repos: FakeRepo[];
  /** Folder holding <owner>/<name>.git bare repositories. */
  gitRoot: string;
  orgHooks?: FakeHook[];
  repoHooks?: Record<string, FakeHook[]>;
  /** Repositories whose hooks answer 404 (the token is no admin there). */
  hooksForbidden?: string[];
  /** The first org repositories page answers with remaining 0 and a reset 1 s later. */
  exhaustPrimaryOnce?: boolean;
  /** The first request for repositories page 2 gets a 403 with retry-after: 1. */
  secondaryOnce?: boolean;
}

export class FakeGitHub {
  readonly log: LoggedRequest[] = [];
  private server!: Server;
  port = 0;
  private remaining = 5000;
  private primaryDone = false;
  /** The x-ratelimit-reset (epoch seconds) sent with the exhausted budget. */
  primaryResetAt = 0;
  private secondaryDone = false;
  readonly orgHooks: FakeHook[];
  readonly repoHooks: Record<string, FakeHook[]>;

  constructor(readonly opts: FakeGitHubOptions) {
    this.orgHooks = opts.orgHooks ?? [];
    this.repoHooks = opts.repoHooks ?? {};
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/v3`;
  }

  gitUrl(path: string): string {
    return `http://127.0.0.1:${this.port}/git/${path}`;
  }

  get expectedGitAuthorization(): string {
    return `Basic ${Buffer.from(`x-access-token:${this.opts.token}`).toString('base64')}`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      const isGitPost = req.method === 'POST' && req.url?.startsWith('/git/');
      if (isGitPost) return void this.handle(req, res, '');
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => void this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  requests(filter: (r: LoggedRequest) => boolean = () => true): LoggedRequest[] {
    return this.log.filter(filter);
  }

  private async handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const authorization = req.headers.authorization;
    const entry: LoggedRequest = { method: req.method ?? 'GET', path: u.pathname, query: u.searchParams, auth: 'missing', authorization, body, at: Date.now() };
    this.log.push(entry);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      entry.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };
    if (u.pathname.startsWith('/git/')) {
      entry.auth = authorization === undefined ? 'missing' : authorization === this.expectedGitAuthorization ? 'ok' : 'wrong';
      if (entry.auth !== 'ok') {
        req.resume();
        entry.status = 401;
        res.writeHead(401, { 'www-authenticate': 'Basic realm="fake-github"', 'content-type': 'text/plain' });
        return void res.end('authentication required\n');
      }
      return this.gitBackend(req, res, u, entry);
    }
    if (!u.pathname.startsWith('/api/v3/')) return send(404, { message: 'Not Found' });
    const path = u.pathname.slice('/api/v3'.length);
    entry.auth = authorization === undefined ? 'missing' : authorization === `token ${this.opts.token}` || authorization === `bearer ${this.opts.token}` ? 'ok' : 'wrong';
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const rl = (remaining: number, resetAt = reset) => ({
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(resetAt),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-resource': 'core',
    });
    if (entry.auth !== 'ok') return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }, rl(this.remaining));
    this.remaining = Math.max(1, this.remaining - 1);
    const { org } = this.opts;

    let m: RegExpExecArray | null;
    if ((m = /^\/orgs\/([^/]+)\/repos$/.exec(path)) && req.method === 'GET') {
      if (m[1] !== org) return send(404, { message: 'Not Found' }, rl(this.remaining));
      const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
      const page = Math.max(1, Number(u.searchParams.get('page') ?? 1));
      if (page === 2 && this.opts.secondaryOnce && !this.secondaryDone) {
        this.secondaryDone = true;
        return send(403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' }, { ...rl(this.remaining), 'retry-after': '1' });
      }
      const all = this.opts.repos;
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const rows = all.slice((page - 1) * perPage, page * perPage).map((r, i) => this.repoJson(r, (page - 1) * perPage + i + 1));
      const link = (p: number) => `<${this.apiUrl}/orgs/${org}/repos?type=all&per_page=${perPage}&page=${p}>`;
      const links = [...(page < last ? [`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []), ...(page > 1 ? [`${link(1)}; rel="first"`, `${link(page - 1)}; rel="prev"`] : [])];
      let headers = rl(this.remaining);
      if (page === 1 && this.opts.exhaustPrimaryOnce && !this.primaryDone) {
        this.primaryDone = true;
        this.primaryResetAt = Math.floor(Date.now() / 1000) + 1;
        headers = rl(0, this.primaryResetAt);
      }
      return send(200, rows, { ...headers, ...(links.length ? { link: links.join(', ') } : {}) });
    }
    if ((m = /^\/orgs\/([^/]+)\/hooks$/.exec(path)) && req.method === 'GET') {
      if (m[1] !== org) return send(404, { message: 'Not Found' });
      return send(200, this.orgHooks.map((h) => this.hookJson(h, `orgs/${org}`)), rl(this.remaining));
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/hooks$/.exec(path)) && req.method === 'GET') {
      const full = `${m[1]}/${m[2]}`;
      if (this.opts.hooksForbidden?.includes(full)) return send(404, { message: 'Not Found' }, rl(this.remaining));
      return send(200, (this.repoHooks[full] ?? []).map((h) => this.hookJson(h, `repos/${full}`)), rl(this.remaining));
    }
    if ((m = /^\/(orgs\/[^/]+|repos\/[^/]+\/[^/]+)\/hooks\/(\d+)(\/deliveries)?$/.exec(path))) {
      const [, scope, idText, deliveries] = m;
      const list = scope.startsWith('orgs/') ? this.orgHooks : (this.repoHooks[scope.slice('repos/'.length)] ?? []);
      const i = list.findIndex((h) => h.id === Number(idText));
      if (i < 0) return send(404, { message: 'Not Found' }, rl(this.remaining));
      const hook = list[i];
      if (deliveries && req.method === 'GET') {
        const n = Number(u.searchParams.get('per_page') ?? 30);
        return send(200, (hook.deliveries ?? []).slice(0, n).map((d) => ({ ...d, guid: `g-${d.id}`, redelivery: false, duration: 0.1, event: 'push', action: null, installation_id: null, repository_id: null })), rl(this.remaining));
      }
      if (!deliveries && req.method === 'PATCH') {
        const patch = JSON.parse(body || '{}') as { active?: boolean };
        if (typeof patch.active === 'boolean') hook.active = patch.active;
        return send(200, this.hookJson(hook, scope), rl(this.remaining));
      }
      if (!deliveries && req.method === 'DELETE') {
        list.splice(i, 1);
        entry.status = 204;
        res.writeHead(204, rl(this.remaining));
        return void res.end();
      }
      if (!deliveries && req.method === 'GET') return send(200, this.hookJson(hook, scope), rl(this.remaining));
    }
    return send(404, { message: 'Not Found', path }, rl(this.remaining));
  }

  private repoJson(r: FakeRepo, id: number) {
    const full = `${this.opts.org}/${r.name}`;
    return {
      id,
      node_id: `R_${id}`,
      name: r.name,
      full_name: full,
      private: false,
      owner: { login: this.opts.org, id: 1, type: 'Organization' },
      html_url: `http://127.0.0.1:${this.port}/${full}`,
      fork: !!r.fork,
      archived: !!r.archived,
      disabled: false,
      default_branch: 'main',
      size: 1,
      clone_url: this.gitUrl(r.gitPath ?? `${full}.git`),
      url: `${this.apiUrl}/repos/${full}`,
    };
  }

  private hookJson(h: FakeHook, scope: string) {
    const { deliveries: _d, ...rest } = h;
    void _d;
    return {
      type: scope.startsWith('orgs/') ? 'Organization' : 'Repository',
      name: 'web',
      ...rest,
      config: { content_type: 'json', insecure_ssl: '0', ...h.config, ...(h.config.secret ? { secret: '********' } : {}) },
      updated_at: h.created_at ?? '2024-01-01T00:00:00Z',
      created_at: h.created_at ?? '2024-01-01T00:00:00Z',
      url: `${this.apiUrl}/${scope}/hooks/${h.id}`,
      last_response: h.last_response ?? { code: null, status: 'unused', message: null },
    };
  }

  /** Smart HTTP through `git http-backend` (CGI/1.1): the request body in, headers + body out. */
  private gitBackend(req: IncomingMessage, res: ServerResponse, u: URL, entry: LoggedRequest): void {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      GIT_PROJECT_ROOT: this.opts.gitRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(u.pathname.slice('/git'.length)),
      QUERY_STRING: u.search.slice(1),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      REMOTE_USER: 'x-access-token',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: this.opts.gitRoot,
    };
    if (req.headers['content-encoding']) env.HTTP_CONTENT_ENCODING = String(req.headers['content-encoding']);
    if (req.headers['git-protocol']) env.GIT_PROTOCOL = String(req.headers['git-protocol']);
    if (req.headers['content-length']) env.CONTENT_LENGTH = String(req.headers['content-length']);
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    req.pipe(child.stdin);
    child.stdin.on('error', () => {});
    let head = Buffer.alloc(0);
    let headersDone = false;
    child.stdout.on('data', (d: Buffer) => {
      if (headersDone) return void res.write(d);
      head = Buffer.concat([head, d]);
      let sep = head.indexOf('\r\n\r\n');
      let sepLen = 4;
      if (sep < 0) {
        sep = head.indexOf('\n\n');
        sepLen = 2;
      }
      if (sep < 0) return;
      headersDone = true;
      let status = 200;
      const headers: Record<string, string> = {};
      for (const line of head.subarray(0, sep).toString('latin1').split(/\r?\n/)) {
        const c = line.indexOf(':');
        if (c < 0) continue;
        const k = line.slice(0, c).trim();
        const v = line.slice(c + 1).trim();
        if (k.toLowerCase() === 'status') status = Number(v.split(' ')[0]);
        else headers[k] = v;
      }
      entry.status = status;
      res.writeHead(status, headers);
      res.write(head.subarray(sep + sepLen));
    });
    child.on('close', () => {
      if (!headersDone) {
        entry.status = 500;
        res.writeHead(500);
      }
      res.end();
    });
  }
}
