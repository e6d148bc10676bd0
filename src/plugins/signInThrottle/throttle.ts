import type { Payload, PayloadRequest } from 'payload'

import { CLIENT_KEY_HEADER } from '@/server/http/loginAttempts'

import { knownDeviceOf } from './knownDevice'
import { waitAfter, type ThrottleScope } from './policy'
import { throttleStore, type AccountSummary, type ThrottleRecord } from './store'

/** One sign-in attempt: which account, from where, and the keys that count it. */
export type SignInAttempt = {
  email: string
  keys: { scope: ThrottleScope; key: string }[]
}

const MAX_KEYS_PER_ACCOUNT = 100
const accountKey = (email: string) => `acct:${email}`

export const normalizedEmail = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.toLowerCase().trim() : undefined

/**
 * The keys an attempt counts against. A known browser (knownDevice.ts): its own device key only.
 * Anyone else: the account from this address, the address, and the account as a whole. Without
 * the Express host (in-process tests, the Local API) there is no client address: the pair is
 * keyed "local" and there is no address key.
 */
export function attemptOf(req: PayloadRequest, email: string): SignInAttempt {
  const device = knownDeviceOf(req, email)
  if (device) return { email, keys: [{ scope: 'pair', key: `dev:${email}|${device}` }] }
  const address = req.headers.get(CLIENT_KEY_HEADER)
  return {
    email,
    keys: [
      { scope: 'pair', key: `pair:${email}|${address ?? 'local'}` },
      ...(address ? [{ scope: 'address' as const, key: `addr:${address}` }] : []),
      { scope: 'account', key: accountKey(email) },
    ],
  }
}

async function bump(
  payload: Payload,
  { scope, key }: SignInAttempt['keys'][number],
  now: number,
): Promise<ThrottleRecord> {
  const store = throttleStore(payload)
  const before = (await store.get<ThrottleRecord>(key)) ?? { failures: 0, until: 0 }
  const failures = before.failures + 1
  const record = { ...before, failures, until: now + waitAfter(scope, failures) * 1000 }
  await store.set(key, record)
  return record
}

/** Keeps the account's summary (for the admin) current with the keys just counted. */
async function summarize(payload: Payload, email: string, counted: [string, ThrottleRecord][]) {
  const store = throttleStore(payload)
  const key = accountKey(email)
  // The account's own record is also its key's count: `keys` is missing until a first summary.
  const stored = await store.get<Partial<AccountSummary>>(key)
  const summary: AccountSummary = {
    failures: stored?.failures ?? 0,
    until: stored?.until ?? 0,
    keys: stored?.keys ?? [],
    keysUntil: stored?.keysUntil ?? 0,
  }
  const own = counted.find(([counted]) => counted === key)?.[1]
  const others = counted.filter(([counted]) => counted !== key)
  await store.set(key, {
    failures: own?.failures ?? summary.failures,
    until: own?.until ?? summary.until,
    keys: [...new Set([...others.map(([k]) => k), ...summary.keys])].slice(0, MAX_KEYS_PER_ACCOUNT),
    keysUntil: Math.max(summary.keysUntil, ...others.map(([, record]) => record.until)),
  })
}

/**
 * Seconds this attempt must wait, or 0. An attempt made while waiting counts as one more failure
 * of each key that made it wait, so hammering makes the wait grow (up to the cap); a known
 * browser (knownDevice.ts) is not counted against those keys, so this never stops it.
 */
export async function waitFor(payload: Payload, attempt: SignInAttempt): Promise<number> {
  const store = throttleStore(payload)
  const now = Date.now()
  const waiting: SignInAttempt['keys'] = []
  for (const entry of attempt.keys) {
    const record = await store.get<ThrottleRecord>(entry.key)
    if (record && record.until > now) waiting.push(entry)
  }
  if (!waiting.length) return 0
  const counted: [string, ThrottleRecord][] = []
  for (const entry of waiting) counted.push([entry.key, await bump(payload, entry, now)])
  await summarize(payload, attempt.email, counted)
  return Math.max(1, ...counted.map(([, record]) => Math.ceil((record.until - now) / 1000)))
}

/** A wrong password (or a refused account): every key of the attempt counts one more failure. */
export async function recordFailure(payload: Payload, attempt: SignInAttempt): Promise<void> {
  const now = Date.now()
  const counted: [string, ThrottleRecord][] = []
  for (const entry of attempt.keys) counted.push([entry.key, await bump(payload, entry, now)])
  await summarize(payload, attempt.email, counted)
}

/**
 * A success clears the count of this browser or of this account from this address. The address
 * and the account as a whole keep theirs: one good password must not buy a sprayer new tries.
 */
export async function recordSuccess(payload: Payload, attempt: SignInAttempt): Promise<void> {
  const store = throttleStore(payload)
  const cleared = attempt.keys.filter(({ scope }) => scope === 'pair').map(({ key }) => key)
  await store.delete(cleared)
  const summary = await store.get<AccountSummary>(accountKey(attempt.email))
  if (!summary?.keys) return
  const keys = summary.keys.filter((key) => !cleared.includes(key))
  const records = await Promise.all(keys.map((key) => store.get<ThrottleRecord>(key)))
  await store.set(accountKey(attempt.email), {
    ...summary,
    keys,
    keysUntil: Math.max(0, ...records.map((record) => record?.until ?? 0)),
  })
}

/** What the admin sees on an account: failures counted and the end of its longest wait. */
export async function throttleStateOf(
  payload: Payload,
  email: string,
): Promise<{ failures: number; throttledUntil: Date | null }> {
  const summary = await throttleStore(payload).get<AccountSummary>(accountKey(email))
  if (!summary) return { failures: 0, throttledUntil: null }
  const until = Math.max(summary.until, summary.keysUntil ?? 0)
  return {
    failures: summary.failures,
    throttledUntil: until > Date.now() ? new Date(until) : null,
  }
}

/** The admin lifts every wait of an account: its own, its addresses' and its browsers'. */
export async function clearThrottle(payload: Payload, email: string): Promise<void> {
  const store = throttleStore(payload)
  const summary = await store.get<AccountSummary>(accountKey(email))
  await store.delete([accountKey(email), ...(summary?.keys ?? [])])
}
