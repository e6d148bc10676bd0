/**
 * The numbers a figure's display text shows, read as a reader of that language reads them, so a
 * display can be compared with the stored value: « 39 130 » is 39130, « 15,5 G$ » and « 15,5
 * milliards $ » are 15.5 billion, "$15.5B" too, "42 %" is 42. Pure: no Payload, no I/O.
 *
 * English groups thousands with commas ("39,130") and writes decimals with a dot; Canadian French
 * groups with a space (normal, non-breaking U+00A0, narrow U+202F or thin U+2009) and writes
 * decimals with a comma. Both are read in either language when they cannot be mistaken: a
 * comma followed by exactly three digits is a thousands separator in English and a decimal
 * comma in French; a comma followed by one, two or four digits is a decimal comma everywhere.
 */

export type DisplayLocale = 'en' | 'fr'

export type ShownNumber = {
  /** The text as written, scale word included ("15,5 milliards"). */
  text: string
  /** What it stands for, scale applied (15.5e9). */
  value: number
  /** Half the last shown digit, scale applied: how far a rounded display may be from the value. */
  tolerance: number
  percent: boolean
}

const SPACE = '[ \\u00A0\\u202F\\u2009]'
// A number not glued to a preceding digit or separator: grouped (39,130 · 39 130) or plain, then decimals.
const NUMBER = new RegExp(
  `(?<![\\d.,])(\\d{1,3}(?:(?:,\\d{3})+|(?:${SPACE}\\d{3})+)|\\d+)((?:[.,]\\d+)?)(?![\\d])`,
  'gu',
)

/**
 * Scale words and symbols after a number, per language: « billion » is 10^12 in French, 10^9 in
 * English. Single letters (B, G, M, k) count only before `$`, a space, a sign or the end, so
 * "205 Mila" or "10 grappes" keep their number as is.
 */
const LETTER_END = '(?=\\s*\\$|\\s|$|[^\\p{L}\\d])'
const scales = (billion: number): ReadonlyArray<[RegExp, number]> => [
  [/^\s*(?:trillions?)(?![\p{L}])/iu, 1e12],
  [/^\s*(?:billions?)(?![\p{L}])/iu, billion],
  [/^\s*(?:bn|milliards?|mds?)(?![\p{L}])/iu, 1e9],
  [new RegExp(`^\\s*(?:B|G|Md)${LETTER_END}`, 'u'), 1e9],
  [/^\s*(?:millions?|mio)(?![\p{L}])/iu, 1e6],
  [new RegExp(`^\\s*M${LETTER_END}`, 'u'), 1e6],
  [/^\s*(?:thousand|milliers?)(?![\p{L}])/iu, 1e3],
  [new RegExp(`^\\s*[kK]${LETTER_END}`, 'u'), 1e3],
]
const SCALES: Record<DisplayLocale, ReadonlyArray<[RegExp, number]>> = {
  en: scales(1e9),
  fr: scales(1e12),
}
const PERCENT = /^\s*(?:%|percent(?![\p{L}])|per cent(?![\p{L}])|pour cent(?![\p{L}]))/iu

function readDigits(whole: string, decimals: string, locale: DisplayLocale) {
  let integer = whole.replace(/[ \u00A0\u202F\u2009]/gu, '')
  let fraction = decimals ? decimals.slice(1) : ''
  if (whole.includes(',')) {
    // "15,500": thousands in English; in French a grouped comma is read as a decimal comma only
    // when it is the only one ("15,500" → 15.5); "1,234,567" is thousands in both.
    const groups = whole.split(',')
    if (locale === 'fr' && groups.length === 2 && !decimals) {
      integer = groups[0]
      fraction = groups[1]
    } else integer = groups.join('')
  }
  return { integer, fraction }
}

/**
 * Small numbers written as words ("three times faster", « deux fois plus vite »): a display may
 * word its figure so. « un », « une » are also articles: they can only hide a mismatch of 1.
 */
const NUMBER_WORDS: Record<DisplayLocale, Record<string, number>> = {
  en: {
    one: 1,
    two: 2,
    twice: 2,
    double: 2,
    three: 3,
    thrice: 3,
    triple: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
  },
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    double: 2,
    trois: 3,
    triple: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
  },
}
const WORD = /(?<![\p{L}\d])\p{L}+(?![\p{L}\d])/gu

/** Every number a display text shows, with its scale and whether it is a percentage. */
export function numbersIn(display: string, locale: DisplayLocale): ShownNumber[] {
  const found: ShownNumber[] = []
  for (const match of display.matchAll(NUMBER)) {
    const [text, whole, decimals] = match
    const { integer, fraction } = readDigits(whole, decimals, locale)
    const number = Number(`${integer}${fraction ? `.${fraction}` : ''}`)
    if (!Number.isFinite(number)) continue
    const after = display.slice((match.index ?? 0) + text.length)
    let scale = 1
    let scaleText = ''
    for (const [pattern, factor] of SCALES[locale]) {
      const word = pattern.exec(after)
      if (word) {
        scale = factor
        scaleText = word[0]
        break
      }
    }
    const percent = PERCENT.test(after)
    found.push({
      text: `${text}${scaleText}`,
      value: number * scale,
      tolerance: (0.5 * scale) / 10 ** fraction.length,
      percent,
    })
  }
  for (const [word] of display.matchAll(WORD)) {
    const value = NUMBER_WORDS[locale][word.toLowerCase()]
    if (value !== undefined) found.push({ text: word, value, tolerance: 0, percent: false })
  }
  return found
}

export type DisplayCheck =
  /** One of the shown numbers is the value (rounded as shown). */
  | { matches: true; shown: ShownNumber[] }
  /** The display shows numbers, none of them the value. */
  | { matches: false; shown: ShownNumber[] }
  /** Nothing to compare: no value, or a display in words ("three times faster"). */
  | { matches: null; shown: ShownNumber[] }

/**
 * Whether a display text shows the stored value. A display may hold other numbers (a year, a
 * range's other end: "1,800 to 2,600 startups"); one of them must be the value, rounded as shown
 * ("$15.5 billion" holds 15,512,000,000). A percentage is stored as shown (42 for "42 %").
 */
export function checkDisplay(
  value: number | null | undefined,
  display: string | null | undefined,
  locale: DisplayLocale,
): DisplayCheck {
  const shown = display ? numbersIn(display, locale) : []
  if (typeof value !== 'number' || !Number.isFinite(value) || shown.length === 0)
    return { matches: null, shown }
  const epsilon = Math.abs(value) * 1e-9
  const matches = shown.some(
    (number) => Math.abs(number.value - value) <= number.tolerance + epsilon,
  )
  return { matches, shown }
}
