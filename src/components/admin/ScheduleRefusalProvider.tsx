'use client'

import { ServerFunctionsContext, useConfig, useServerFunctions } from '@payloadcms/ui'
import React, { useMemo } from 'react'

type ScheduleArgs = Parameters<ReturnType<typeof useServerFunctions>['schedulePublish']>[0]

/** The first error message of a Payload REST error answer. */
async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
  return body.errors?.[0]?.message ?? response.statusText
}

/**
 * Payload's schedule drawer ignores its server function's error and says "Scheduled successfully"
 * whatever happened. Under this provider, scheduling goes through `POST /api/schedules` (the same
 * check as every other way in), and a refusal throws: the drawer shows its message instead.
 * Deleting an upcoming schedule keeps Payload's own function.
 */
export function ScheduleRefusalProvider({ children }: { children: React.ReactNode }) {
  const functions = useServerFunctions()
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  const value = useMemo(
    () => ({
      ...functions,
      schedulePublish: (async (args: ScheduleArgs) => {
        if (args.deleteID) return functions.schedulePublish(args)
        const response = await fetch(`${serverURL}${api}/schedules`, {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            type: args.type,
            doc: args.doc,
            global: args.global,
            locale: args.localeToPublish,
            timezone: args.timezone,
            waitUntil: args.date,
          }),
        })
        if (!response.ok) throw new Error(await refusalOf(response))
        return {}
      }) as typeof functions.schedulePublish,
    }),
    [functions, api, serverURL],
  )
  return <ServerFunctionsContext.Provider value={value}>{children}</ServerFunctionsContext.Provider>
}
