import type { CollectionBeforeOperationHook, Config, Field } from 'payload'

import { addHooks } from '../shared/addHooks'

/** Whether `fields` hold a join field, in groups, rows, collapsibles and tabs too. */
function hasJoinField(fields: Field[]): boolean {
  return fields.some((field) => {
    if (field.type === 'join') return true
    if (field.type === 'tabs') return field.tabs.some((tab) => hasJoinField(tab.fields))
    return 'fields' in field ? hasJoinField(field.fields) : false
  })
}

/**
 * `?joins=false` over REST leaves every join field out, as Payload documents it. Payload 3.90
 * reads the string `false` as a set of join names (its letters), so every join still ran; the
 * Local API's `joins: false` is what the parameter means, and what it now becomes.
 */
const joinsOffOverRest: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST') return args
  // The address as sent: Payload's list endpoint rewrites `req.query` in place before this runs.
  return req.searchParams?.get('joins') === 'false' ? { ...args, joins: false } : args
}

/** Applies to the collections that have join fields (clusters, organizations, webhooks). */
export function joinsOff(config: Config): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      hasJoinField(collection.fields)
        ? addHooks(collection, { beforeOperation: [joinsOffOverRest] })
        : collection,
    ),
  }
}
