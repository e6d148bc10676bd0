import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

type Query = Record<string, unknown>
type RouteHandler = (
  request: Request,
  args: { params: Promise<{ slug: string[] }> },
) => Promise<Response>

export type JsonResponse<T = any> = { status: number; body: T; headers: Headers }

/**
 * Calls Payload's own Next route handlers in-process, as a front end or the admin would over
 * HTTP: REST under /api and GraphQL at /api/graphql, signed in or anonymous.
 */
export class ApiClient {
  private token: string | undefined
  private readonly handlers: Record<'GET' | 'POST' | 'PATCH' | 'DELETE', RouteHandler>

  constructor(private readonly config: SanitizedConfig) {
    this.handlers = {
      GET: REST_GET(config),
      POST: REST_POST(config),
      PATCH: REST_PATCH(config),
      DELETE: REST_DELETE(config),
    }
  }

  /** A client with no credentials, as an anonymous reader. */
  anonymous(): ApiClient {
    return new ApiClient(this.config)
  }

  async login(email: string, password: string): Promise<this> {
    const response = await this.request<{ token: string }>('POST', '/users/login', { body: { email, password } })
    if (response.status !== 200)
      throw new Error(`login of ${email} failed: ${JSON.stringify(response.body)}`)
    this.token = response.body.token
    return this
  }

  get<T = any>(path: string, query?: Query) {
    return this.request<T>('GET', path, { query })
  }

  post<T = any>(path: string, body: unknown, query?: Query) {
    return this.request<T>('POST', path, { body, query })
  }

  patch<T = any>(path: string, body: unknown, query?: Query) {
    return this.request<T>('PATCH', path, { body, query })
  }

  delete<T = any>(path: string, query?: Query) {
    return this.request<T>('DELETE', path, { query })
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
    return this.request<T>('POST', path, { form, query })
  }

  async graphql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    locale?: string,
  ): Promise<JsonResponse<T>> {
    const url = `${this.baseUrl()}/graphql${locale ? `?locale=${locale}` : ''}`
    const request = new Request(url, {
      method: 'POST',
      headers: this.headers(true),
      body: JSON.stringify({ query, variables }),
    })
    // The app's own GraphQL route (it sets the HTTP status of failed operations), imported once the
    // test's database is configured: the route reads the config when it loads.
    const { POST } = await import('../../src/app/(payload)/api/graphql/route')
    return this.read<T>(await POST(request))
  }

  private baseUrl(): string {
    return `${this.config.serverURL || 'http://localhost:3000'}${this.config.routes.api}`
  }

  private headers(json: boolean): Headers {
    const headers = new Headers()
    if (json) headers.set('Content-Type', 'application/json')
    if (this.token) headers.set('Authorization', `JWT ${this.token}`)
    return headers
  }

  private async request<T>(
    method: keyof ApiClient['handlers'],
    path: string,
    options: { body?: unknown; form?: FormData; query?: Query },
  ): Promise<JsonResponse<T>> {
    const [pathname, search] = path.split('?')
    const query = { ...(search ? qs.parse(search) : {}), ...(options.query ?? {}) }
    const url = `${this.baseUrl()}${pathname}${qs.stringify(query, { addQueryPrefix: true })}`
    const request = new Request(url, {
      method,
      headers: this.headers(!options.form),
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    })
    const slug = pathname.split('/').filter(Boolean)
    return this.read<T>(await this.handlers[method](request, { params: Promise.resolve({ slug }) }))
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
