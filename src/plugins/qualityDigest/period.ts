/** The digest's period: the month, in Québec's time, that `now` falls in (`2026-12`). */
export function digestPeriod(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Montreal',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now)
  const part = (type: string) => parts.find((p) => p.type === type)!.value
  return `${part('year')}-${part('month')}`
}

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/
