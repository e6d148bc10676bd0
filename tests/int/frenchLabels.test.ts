import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { initI18n } from '@payloadcms/translations'
import type { PayloadRequest, SanitizedConfig } from 'payload'

import { validateUrl } from '@/fields/links'
import { configTexts, withoutFrench, type ConfigText } from '../helpers/configLabels'

let config: SanitizedConfig
let texts: ConfigText[]
let scratch: string

beforeAll(async () => {
  // The config is only read, never connected: a file name is enough for the adapter it builds.
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'grappes-labels-'))
  process.env.DATABASE_URL = `file:${path.join(scratch, 'unused.db')}`
  const { default: configPromise } = await import('@payload-config')
  config = await configPromise
  texts = await configTexts(config)
})

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true })
})

describe('the French admin', () => {
  it('every label, description, option, row label, block name and message of the config has French', () => {
    const missing = withoutFrench(texts).map((text) => `${text.path}: ${JSON.stringify(text.en)}`)
    console.log(
      `French labels checked: ${texts.length - missing.length} of ${texts.length} texts of the config`,
    )
    expect(missing).toEqual([])
  })

  it('an error the project writes answers in the reader’s language', async () => {
    const fr = await initI18n({ config: config.i18n, language: 'fr', context: 'api' })
    const req = { t: fr.t } as unknown as PayloadRequest
    const args = { req } as unknown as Parameters<typeof validateUrl>[1]
    expect(validateUrl('ftp://example.com', args)).toBe(
      'Entrez une adresse Web complète commençant par http:// ou https://.',
    )
  })
})
