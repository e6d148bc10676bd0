import { badRequests, type BadRequest } from '../corpus/badRequests'
import { dumpContent } from '../helpers/contentDump'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'

type Answer = { status: number; message: string }

/** The message of an answer: Payload's `errors[0].message`, a `message`, or the text itself. */
function messageOf(text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: { message?: string }[]; message?: string }
    return body.errors?.[0]?.message ?? body.message ?? ''
  } catch {
    return text.trim()
  }
}

/** One request; a connection that fails (the server crashed or cut it) is status 0. */
async function send(base: string, request: BadRequest): Promise<Answer> {
  try {
    const response = await fetch(`${base}${request.path}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
    })
    return { status: response.status, message: messageOf(await response.text()) }
  } catch (error) {
    return { status: 0, message: `no answer: ${String((error as Error).cause ?? error)}` }
  }
}

/** Sends the whole corpus, a few requests at a time; returns what did not hold, by case. */
async function runCorpus(base: string) {
  const answers: { request: BadRequest; answer: Answer }[] = []
  const queue = [...badRequests]
  const worker = async () => {
    for (let request = queue.shift(); request; request = queue.shift())
      answers.push({ request, answer: await send(base, request) })
  }
  await Promise.all([worker(), worker(), worker(), worker()])
  return answers
}

const wrong = ({ request, answer }: { request: BadRequest; answer: Answer }) =>
  request.status ? answer.status !== request.status : answer.status < 400 || answer.status > 499

describe('bad input against the production server', () => {
  let site: RunningSite

  beforeAll(async () => {
    site = await startProductionServer()
  }, 240_000)

  afterAll(async () => {
    await site?.stop()
  })

  test('the corpus holds at least 500 malformed requests', () => {
    expect(badRequests.length).toBeGreaterThanOrEqual(500)
  })

  test('every malformed request is a 4xx with a message, nothing is stored, the server stays up', async () => {
    const before = await dumpContent(site.database)
    const answers = await runCorpus(site.base)
    const serverErrors = answers.filter(({ answer }) => answer.status >= 500 || !answer.status)
    console.log(
      `bad-input corpus: ${answers.length} requests, ${serverErrors.length} answered 5xx, ${answers.filter(wrong).length} not as expected`,
    )
    const failures = answers
      .filter((entry) => wrong(entry) || !entry.answer.message)
      .map(
        ({ request, answer }) =>
          `${request.name} → ${answer.status} ${answer.message.slice(0, 80)}`,
      )
    expect(failures).toEqual([])
    expect(site.run.child.exitCode).toBeNull()
    expect((await fetch(`${site.base}/healthz`)).status).toBe(200)
    expect(await dumpContent(site.database)).toEqual(before)
  }, 180_000)

  test('a refused parameter is named in the message, in French when the request is French', async () => {
    const near = await send(site.base, {
      name: 'near',
      method: 'GET',
      path: '/api/clusters?where[name][near]=1,2',
    })
    expect(near).toEqual({
      status: 400,
      message:
        'Invalid query parameter where[name][near]: this operator does not apply to this field',
    })
    const french = await send(site.base, {
      name: 'limit fr',
      method: 'GET',
      path: '/api/clusters?limit=1.5',
      headers: { 'accept-language': 'fr-CA,fr;q=0.9' },
    })
    expect(french).toEqual({
      status: 400,
      message: 'Paramètre de requête invalide limit : doit être un nombre entier de 0 à 2147483647',
    })
    const id = await send(site.base, { name: 'id', method: 'GET', path: '/api/clusters/abc' })
    expect(id).toEqual({
      status: 400,
      message: 'Invalid path parameter id: "abc" is not a document id (a whole number)',
    })
  })

  test('a refused parameter is in French for the admin in French and for French content', async () => {
    const expected = {
      status: 400,
      message: 'Paramètre de requête invalide limit : doit être un nombre entier de 0 à 2147483647',
    }
    const byCookie = await send(site.base, {
      name: 'limit, admin language cookie',
      method: 'GET',
      path: '/api/clusters?limit=1.5',
      headers: { cookie: 'payload-lng=fr' },
    })
    expect(byCookie).toEqual(expected)
    const byLocale = await send(site.base, {
      name: 'limit, ?locale=fr',
      method: 'GET',
      path: '/api/clusters?limit=1.5&locale=fr',
    })
    expect(byLocale).toEqual(expected)
    const adminEditingEnglish = await send(site.base, {
      name: 'limit, French admin on English content',
      method: 'GET',
      path: '/api/clusters?limit=1.5&locale=en',
      headers: { 'accept-language': 'fr-CA,fr;q=0.9' },
    })
    expect(adminEditingEnglish).toEqual(expected)
  })

  test('a well-formed query on versions passes the checks and meets access control (403)', async () => {
    const response = await fetch(
      `${site.base}/api/clusters/versions?where[parent][equals]=1&where[version.name][like]=a&sort=-updatedAt`,
    )
    expect(response.status).toBe(403)
  })

  test('well-formed queries still answer 200', async () => {
    for (const path of [
      '/api/clusters?where[name][like]=a&sort=-createdAt&limit=2&page=1&depth=0&locale=fr',
      '/api/clusters?where[or][0][_status][equals]=published&where[or][1][id][in]=1,2',
      '/api/clusters?select[name]=true&populate[media][alt]=true&fallback-locale=none',
      '/api/clusters?where[createdAt][greater_than]=2020-01-01T00:00:00.000Z&draft=false',
      '/api/globals/ecosystem-figures?locale=all&depth=0',
      '/api/clusters?where[secretariat.name][like]=a&where[secretariat.id][in]=1,2&depth=0',
      '/api/media?where[filename][like]=png&where[width][greater_than]=10&where[mimeType][in]=image/png',
    ])
      expect([path, (await fetch(`${site.base}${path}`)).status]).toEqual([path, 200])
  })

  test('HEAD answers like the GET of the same URL, without a body, cached or not', async () => {
    const head = (path: string) => fetch(`${site.base}${path}`, { method: 'HEAD' })
    const fresh = `/api/clusters?limit=1&depth=0&where[id][exists]=${Date.now() % 2 === 0}`
    const miss = await head(fresh)
    const get = await fetch(`${site.base}${fresh}`)
    const getBody = await get.text()
    const hit = await head(fresh)
    for (const answer of [miss, hit]) {
      expect(answer.status).toBe(get.status)
      expect(answer.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect(await answer.text()).toBe('')
    }
    expect(get.status).toBe(200)
    expect(hit.headers.get('content-length')).toBe(String(Buffer.byteLength(getBody)))
    expect((await head('/api/globals/ecosystem-figures?depth=0')).status).toBe(200)
    expect((await head('/api/clusters/abc')).status).toBe(400)
  })

  test('an oversized JSON body is refused with 413 by its Content-Length, anonymous or not', async () => {
    const response = await fetch(`${site.base}/api/clusters`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"name":"${'x'.repeat(60 * 1024 * 1024)}"}`,
    })
    expect(response.status).toBe(413)
    expect(messageOf(await response.text())).toBe(
      'The request body is larger than 1.0 MB: send less.',
    )
  })

  test('an oversized chunked body is refused with 413 while it streams', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 32) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const response = await fetch(`${site.base}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit)
    expect(response.status).toBe(413)
    expect(messageOf(await response.text())).toBe(
      'The request body is larger than 1.0 MB: send less.',
    )
  })

  test('bodies under the limit are read as before', async () => {
    const response = await fetch(`${site.base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.org', password: 'x'.repeat(100_000) }),
    })
    expect(response.status).toBe(401)
  })
})
