import 'server-only'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance the site reads through (Local API, in-process: no HTTP hop). */
export const getReader = (): Promise<Payload> => getPayload({ config })

/** The public address of the site (the config's `serverURL`), for absolute links. */
export const siteUrl = async (): Promise<string> => (await config).serverURL
