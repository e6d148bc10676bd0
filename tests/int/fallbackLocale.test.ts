import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ValidationError } from 'payload'

import { ApiClient, type JsonResponse } from '../helpers/client'
import { connectPayload, type TestContext } from '../helpers/payload'
import { startProductionServer, type RunningSite } from '../helpers/productionServer'
import { createUser, TEST_PASSWORD } from '../helpers/users'

const TITLE_REQUIRED_EN =
  'Title is required in English to publish: readers see the English wherever the French is missing.'
const TITLE_REQUIRED_FR =
  'Titre est obligatoire en anglais pour publier : les lecteurs voient l’anglais partout où le français manque.'

let site: RunningSite
let ctx: TestContext
let editor: ApiClient
let editorToken: string

/** The field errors of a refusal, from REST (`data`) or GraphQL (`extensions.data`). */
function fieldErrors(response: JsonResponse): Array<{ path: string; message: string }> {
  const error = response.body.errors[0]
  return (error.data ?? error.extensions?.data)?.errors ?? []
}

const frenchDraft = async (title: string) => {
  const created = await editor.post(
    '/stories',
    { title, slug: `s-${Math.random().toString(36).slice(2, 10)}`, _status: 'draft' },
    { locale: 'fr', draft: 'true' },
  )
  expect(created.status).toBe(201)
  return created.body.doc.id as number
}

const storyInAllLocales = (id: number) =>
  ctx.payload.findByID({
    collection: 'stories',
    id,
    locale: 'all',
    draft: true,
    overrideAccess: true,
  })

beforeAll(async () => {
  site = await startProductionServer()
  ctx = await connectPayload(site.database, site.mediaDir)
  const email = await createUser(ctx.payload, 'communications')
  editor = await new ApiClient(ctx.config, site.base).login(email, TEST_PASSWORD)
  const login = await fetch(`${site.base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  })
  editorToken = (await login.json()).token
}, 300_000)

afterAll(async () => {
  await ctx?.teardown()
  await site?.stop()
})

describe('publishing needs the required fields in English, whichever locale is written', () => {
  it('a French draft with no English title may be saved', async () => {
    const id = await frenchDraft('Une histoire écrite en français')
    const saved = await editor.patch(
      `/stories/${id}`,
      { summary: 'Toujours un brouillon.' },
      { locale: 'fr', draft: 'true' },
    )
    expect(saved.status).toBe(200)
  })

  it('REST: publishing it from the French view is a 400 naming `title` and English', async () => {
    const id = await frenchDraft('Publiée sans anglais')
    const refused = await editor.patch(`/stories/${id}`, { _status: 'published' }, { locale: 'fr' })
    expect(refused.status).toBe(400)
    // A client asking for French content reads French messages (src/i18n/readerLanguage.ts).
    expect(fieldErrors(refused)).toEqual([{ path: 'title', message: TITLE_REQUIRED_FR }])
    // The admin's language, once chosen (the payload-lng cookie), is kept whatever is edited.
    const english = await fetch(`${site.base}/api/stories/${id}?locale=fr`, {
      method: 'PATCH',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `JWT ${editorToken}`,
        Cookie: 'payload-lng=en',
      },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(english.status).toBe(400)
    expect(
      fieldErrors({ status: 400, body: await english.json(), headers: english.headers }),
    ).toEqual([{ path: 'title', message: TITLE_REQUIRED_EN }])
    const stored = await storyInAllLocales(id)
    expect(stored._status).toBe('draft')
  })

  it('REST: creating it published in French only is refused too', async () => {
    const refused = await editor.post(
      '/stories',
      { title: 'Directement publiée', slug: 'directement-publiee', _status: 'published' },
      { locale: 'fr' },
    )
    expect(refused.status).toBe(400)
    expect(fieldErrors(refused)).toEqual([{ path: 'title', message: TITLE_REQUIRED_FR }])
  })

  it('GraphQL: the publish is an error naming `title` and English', async () => {
    const id = await frenchDraft('Publiée par GraphQL')
    const response = await editor.graphql(
      `mutation ($id: Int!) { updateStory(id: $id, locale: fr, data: { _status: published }) { id } }`,
      { id },
      { 'Accept-Language': 'en' },
    )
    expect(response.status).toBe(400)
    expect(fieldErrors(response)).toEqual([{ path: 'title', message: TITLE_REQUIRED_EN }])
  })

  it('the Local API (as a scheduled job publishes) is refused the same way', async () => {
    const id = await frenchDraft('Publiée par une tâche')
    await expect(
      ctx.payload.update({
        collection: 'stories',
        id,
        locale: 'fr',
        data: { _status: 'published' },
        overrideAccess: true,
      }),
    ).rejects.toBeInstanceOf(ValidationError)
  })

  it('with the English title given, the French view publishes', async () => {
    const id = await frenchDraft('Enfin publiée')
    expect(
      (
        await editor.patch(
          `/stories/${id}`,
          { title: 'Published at last' },
          { locale: 'en', draft: 'true' },
        )
      ).status,
    ).toBe(200)
    const published = await editor.patch(
      `/stories/${id}`,
      { _status: 'published' },
      { locale: 'fr' },
    )
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
  })
})

describe('French incomplete: English text that has no French', () => {
  it('publishes, lists as incomplete with the missing fields, and clears once translated', async () => {
    const created = await editor.post(
      '/stories',
      {
        title: 'English only',
        slug: 'english-only-story',
        summary: 'A summary in English.',
        _status: 'published',
      },
      { locale: 'en' },
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.frenchIncomplete).toBe(true)
    expect(created.body.doc.frenchMissing).toEqual(['title', 'summary'])

    const listed = await editor.get('/stories', {
      where: { frenchIncomplete: { equals: 'true' } },
      depth: '0',
      limit: '100',
    })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((doc: { id: number }) => doc.id)).toContain(id)

    const halfway = await editor.patch(
      `/stories/${id}`,
      { title: 'Anglais seulement' },
      { locale: 'fr' },
    )
    expect(halfway.status).toBe(200)
    expect(halfway.body.doc.frenchMissing).toEqual(['summary'])

    const done = await editor.patch(`/stories/${id}`, { summary: 'Un résumé.' }, { locale: 'fr' })
    expect(done.status).toBe(200)
    expect(done.body.doc.frenchIncomplete).toBe(false)
    expect(done.body.doc.frenchMissing).toEqual([])
    const after = await editor.get('/stories', {
      where: { frenchIncomplete: { equals: 'true' } },
      depth: '0',
      limit: '100',
    })
    expect(after.body.docs.map((doc: { id: number }) => doc.id)).not.toContain(id)
  })

  it('anonymous readers never see the flag', async () => {
    const story = (await editor.anonymous().get('/stories', { limit: '1', depth: '0' })).body
      .docs[0]
    expect(story).toBeDefined()
    expect(story).not.toHaveProperty('frenchIncomplete')
    expect(story).not.toHaveProperty('frenchMissing')
  })
})
