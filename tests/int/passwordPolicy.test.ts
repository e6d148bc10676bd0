import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { ApiClient } from '../helpers/client'
import { startPayload, type TestContext } from '../helpers/payload'
import { createUser, TEST_PASSWORD } from '../helpers/users'

let ctx: TestContext
let admin: ApiClient

beforeAll(async () => {
  ctx = await startPayload()
  admin = await new ApiClient(ctx.config).login(
    await createUser(ctx.payload, 'admin'),
    TEST_PASSWORD,
  )
})

afterAll(async () => {
  await ctx.teardown()
})

const passwordErrors = (body: { errors: { data?: { errors: unknown[] } }[] }) =>
  body.errors[0].data?.errors

describe('common passwords are refused', () => {
  it('a new user with a well-known password of 12 characters gets a 400 naming the field', async () => {
    const response = await admin.post('/users', {
      name: 'Common Password',
      email: 'common.password@test.grappes.local',
      password: 'qwerty123456',
      role: 'communications',
    })
    expect(response.status).toBe(400)
    expect(passwordErrors(response.body)).toEqual([
      {
        path: 'password',
        message: 'This password is on a list of common passwords: choose another one.',
      },
    ])
  })

  it('changing a password to a common one is refused, in French for a French reader', async () => {
    const email = await createUser(ctx.payload, 'communications')
    const id = (
      await ctx.payload.find({ collection: 'users', where: { email: { equals: email } } })
    ).docs[0].id
    const response = await admin
      .asBrowser({ Origin: ctx.config.serverURL, 'Accept-Language': 'fr' })
      .patch(`/users/${id}`, { password: 'QWERTY123456' })
    expect(response.status).toBe(400)
    expect(passwordErrors(response.body)).toEqual([
      {
        path: 'password',
        message:
          'Ce mot de passe figure sur une liste de mots de passe courants : choisissez-en un autre.',
      },
    ])
  })

  it('an uncommon passphrase is accepted', async () => {
    const response = await admin.post('/users', {
      name: 'Uncommon Password',
      email: 'uncommon.password@test.grappes.local',
      password: 'lanterns-over-the-saint-laurent',
      role: 'communications',
    })
    expect(response.status).toBe(201)
  })
})
