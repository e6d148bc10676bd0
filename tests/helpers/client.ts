import type { SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

type Query = Record<string, unknown>
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'
type Body = { json?: unknown; raw?: string; form?: FormData }

export type JsonResponse<T = any> = { status: number; body: T; headers: Headers }

/**
 * Calls the app's own Next route handlers in-process (src/app/(payload)/api), as a front end or
 * the admin would over HTTP: REST under /api and GraphQL at /api/graphql, signed in or not.
 * The routes are imported on first use, once the test's database is configured: they read the
 * config when they load. Given `httpBase` (e.g. a production server's `http://localhost:4123`),
 * the same requests go over real HTTP instead, through the whole server (Express, its limits and
 * cache, Next), on keep-alive connections.
 */
export class ApiClient {
  private token: string | undefined
  private apiKey: string | undefined
  private asCookie = false
  private extraHeaders: Record<string, string> = {}

  constructor(
    private readonly config: SanitizedConfig,
    private readonly httpBase?: string,
  ) {}

  /** A client with no credentials, as an anonymous reader. */
  anonymous(): ApiClient {
    return new ApiClient(this.config, this.httpBase)
  }

  /** A client that authenticates as a front end, with an API client's key. */
  withApiKey(key: string): ApiClient {
    const client = new ApiClient(this.config, this.httpBase)
    client.apiKey = key
    return client
  }

  /** A client signed in with a token obtained another way (the two-factor second step). */
  withToken(token: string): ApiClient {
    const client = new ApiClient(this.config, this.httpBase)
    client.token = token
    return client
  }

  /** The same session sent the browser's way, as a cookie, with extra headers (e.g. Origin). */
  asBrowser(headers: Record<string, string>): ApiClient {
    const client = new ApiClient(this.config, this.httpBase)
    client.token = this.token
    client.asCookie = true
    client.extraHeaders = headers
    return client
  }

  async login(email: string, password: string): Promise<this> {
    const response = await this.request<{ token: string }>('POST', '/users/login', {
      json: { email, password },
    })
    if (response.status !== 200)
      throw new Error(`login of ${email} failed: ${JSON.stringify(response.body)}`)
    this.token = response.body.token
    return this
  }

  get<T = any>(path: string, query?: Query) {
    return this.request<T>('GET', path, {}, query)
  }

  post<T = any>(path: string, json: unknown, query?: Query) {
    return this.request<T>('POST', path, { json }, query)
  }

  /** POSTs a body exactly as given, to test what malformed input does. */
  postRaw<T = any>(path: string, raw: string) {
    return this.request<T>('POST', path, { raw })
  }

  patch<T = any>(path: string, json: unknown, query?: Query) {
    return this.request<T>('PATCH', path, { json }, query)
  }

  delete<T = any>(path: string, query?: Query) {
    return this.request<T>('DELETE', path, {}, query)
  }

  /** Sends multipart form data (uploads): `_payload` holds the JSON fields. */
  upload<T = any>(
    path: string,
    file: { name: string; type: string; data: Buffer },
    fields: Record<string, unknown>,
    query?: Query,
  ) {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
    form.append('_payload', JSON.stringify(fields))
    return this.request<T>('POST', path, { form }, query)
  }

  /** GETs an uploaded file (`/media/file/<name>`) and returns the answer as is, bytes and all. */
  file(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
    const requestHeaders = this.headers(false)
    for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value)
    const request = new Request(`${this.baseUrl()}${pathname}`, { headers: requestHeaders })
    return this.send('GET', pathname, request)
  }

  async graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<JsonResponse<T>> {
    const requestHeaders = this.headers(true)
    for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value)
    const request = new Request(`${this.baseUrl()}/graphql`, {
      method: 'POST',
      headers: requestHeaders,
      body: JSON.stringify({ query, variables }),
    })
    if (this.httpBase) return this.read<T>(await fetch(request, { redirect: 'manual' }))
    const { POST } = await import('../../src/app/(payload)/api/graphql/route')
    return this.read<T>(await POST(request))
  }

  private baseUrl(): string {
    const origin = this.httpBase ?? (this.config.serverURL || 'http://localhost:3000')
    return `${origin}${this.config.routes.api}`
  }

  private headers(json: boolean): Headers {
    const headers = new Headers()
    if (json) headers.set('Content-Type', 'application/json')
    for (const [name, value] of Object.entries(this.extraHeaders)) headers.set(name, value)
    if (this.token && this.asCookie) headers.set('Cookie', `payload-token=${this.token}`)
    else if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    if (this.apiKey) headers.set('Authorization', `api-clients API-Key ${this.apiKey}`)
    return headers
  }

  private async request<T>(
    method: Method,
    path: string,
    body: Body,
    extraQuery?: Query,
  ): Promise<JsonResponse<T>> {
    const [pathname, search] = path.split('?')
    const query = { ...(search ? qs.parse(search) : {}), ...(extraQuery ?? {}) }
    const url = `${this.baseUrl()}${pathname}${qs.stringify(query, { addQueryPrefix: true })}`
    const request = new Request(url, {
      method,
      headers: this.headers(!body.form),
      body:
        body.form ?? body.raw ?? (body.json === undefined ? undefined : JSON.stringify(body.json)),
    })
    return this.read<T>(await this.send(method, pathname, request))
  }

  private async send(method: Method, pathname: string, request: Request): Promise<Response> {
    if (this.httpBase) return fetch(request, { redirect: 'manual' })
    const routes = await import('../../src/app/(payload)/api/[...slug]/route')
    const slug = pathname.split('/').filter(Boolean)
    return routes[method](request, { params: Promise.resolve({ slug }) })
  }

  private async read<T>(response: Response): Promise<JsonResponse<T>> {
    const text = await response.text()
    let body: any = text
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body, headers: response.headers }
  }
}
