import { describe, expect, it } from '@jest/globals'

import { checkDisplay, numbersIn } from '@/plugins/dataQuality/displayNumbers'

const NBSP = '\u00A0'
const NNBSP = '\u202F'
const THIN = '\u2009'

const values = (display: string, locale: 'en' | 'fr') =>
  numbersIn(display, locale).map((number) => number.value)

describe('numbers as an English reader reads them', () => {
  it.each([
    ['39,130 workers', 39130],
    ['Over 39,130 highly qualified workers', 39130],
    ['1,234,567 tonnes', 1234567],
    ['$15.5 billion', 15.5e9],
    ['Sales of $15.5 billion', 15.5e9],
    ['$15.5B', 15.5e9],
    ['15.5B', 15.5e9],
    ['15.5 bn', 15.5e9],
    ['$860M in venture capital', 860e6],
    ['$382.4 million', 382.4e6],
    ['$250K', 250e3],
    ['12 thousand', 12e3],
    ['42%', 42],
    ['5.2 percent', 5.2],
    ['39 130 workers', 39130],
    [`39${NBSP}130 workers`, 39130],
  ])('%s → %d', (display, expected) => {
    expect(values(display, 'en')).toEqual([expected])
  })

  it('reads every number of a display: a range, a year, a period', () => {
    expect(values('1,800 to 2,600 startups', 'en')).toEqual([1800, 2600])
    expect(
      values('An average annual growth of 5.2% over the last 25 years (1991-2016)', 'en'),
    ).toEqual([5.2, 25, 1991, 2016])
  })

  it('keeps a word starting with a scale letter apart from the number', () => {
    expect(values('205 Mila researchers', 'en')).toEqual([205])
    expect(values('10 Billion-dollar ideas', 'en')).toEqual([10e9])
  })

  it('marks percentages', () => {
    expect(numbersIn('20% of jobs', 'en')[0].percent).toBe(true)
    expect(numbersIn('20 jobs', 'en')[0].percent).toBe(false)
  })
})

describe('numbers as a French (Canada) reader reads them', () => {
  it.each([
    ['39 130 travailleurs', 39130],
    [`39${NBSP}130 travailleurs`, 39130],
    [`39${NNBSP}130 travailleurs`, 39130],
    [`39${THIN}130 travailleurs`, 39130],
    [`1${NBSP}234${NBSP}567 tonnes`, 1234567],
    ['15,5 G$', 15.5e9],
    [`15,5${NBSP}G$`, 15.5e9],
    ['15,5 milliards $', 15.5e9],
    ['Des ventes de 15,5 milliards de dollars', 15.5e9],
    ['15,5 Md$', 15.5e9],
    ['382,4 M$', 382.4e6],
    ['860 millions de dollars', 860e6],
    ['250 k$', 250e3],
    ['42 %', 42],
    [`42${NBSP}%`, 42],
    ['5,2 pour cent', 5.2],
    ['15,500 tonnes', 15.5],
    ['15.5 G$', 15.5e9],
    ['2 billions de dollars', 2e12],
  ])('%s → %d', (display, expected) => {
    expect(values(display, 'fr')).toEqual([expected])
  })

  it('keeps a word starting with a scale letter apart from the number', () => {
    expect(values('10 grappes industrielles', 'fr')).toEqual([10])
    expect(values('Plus de 200 Montréalais', 'fr')).toEqual([200])
  })

  it('reads a range and a year', () => {
    expect(values('De 1 800 à 2 600 jeunes pousses', 'fr')).toEqual([1800, 2600])
    expect(values('en 2017, 150 entreprises', 'fr')).toEqual([2017, 150])
  })
})

describe('whether a display shows the stored value', () => {
  it.each([
    [39130, 'Over 39,130 highly qualified workers', 'en'],
    [39130, 'Plus de 39 130 travailleurs', 'fr'],
    [15.5e9, 'Sales of $15.5 billion', 'en'],
    [15.5e9, '15,5 G$', 'fr'],
    [15.5e9, '15,5 milliards $', 'fr'],
    [15.5e9, '$15.5B', 'en'],
    [15_512_000_000, '$15.5 billion', 'en'],
    [42, '42 %', 'fr'],
    [42, '42%', 'en'],
    [5.2, 'An average annual growth of 5.2% over the last 25 years (1991-2016)', 'en'],
    [5.2, 'Une croissance annuelle moyenne de 5,2 % au cours des 25 dernières années', 'fr'],
    [1800, '1,800 to 2,600 startups', 'en'],
    [382.4e6, 'Un PIB de 382,4 M$', 'fr'],
  ] as const)('%d matches %s', (value, display, locale) => {
    expect(checkDisplay(value, display, locale).matches).toBe(true)
  })

  it.each([
    [39130, '39,310 workers', 'en'],
    [39130, '39 310 travailleurs', 'fr'],
    [15.5e9, '$15.5 million', 'en'],
    [15.5e9, '15,5 M$', 'fr'],
    [15.5e9, '$1.55B', 'en'],
    [42, '24 %', 'fr'],
    [15.5, '155 %', 'fr'],
    [16.1e9, '$16.7B', 'en'],
  ] as const)('%d does not match %s', (value, display, locale) => {
    expect(checkDisplay(value, display, locale).matches).toBe(false)
  })

  it('reads small numbers written as words, in both languages', () => {
    const growth = 'Growth three times faster than for the rest of the Québec economy in 2017'
    expect(checkDisplay(3, growth, 'en').matches).toBe(true)
    expect(checkDisplay(3, 'Une croissance trois fois plus rapide, en 2017', 'fr').matches).toBe(
      true,
    )
    expect(checkDisplay(2, 'GDP increased twice as quickly', 'en').matches).toBe(true)
    expect(checkDisplay(4, 'Growth three times faster in 2017', 'en').matches).toBe(false)
    expect(checkDisplay(2, 'Une croissance trois fois plus rapide', 'fr').matches).toBe(false)
  })

  it('has nothing to compare when the display has no number or there is no value', () => {
    expect(checkDisplay(1, 'The highest number of Living Labs', 'en').matches).toBeNull()
    expect(checkDisplay(null, '205 companies', 'en').matches).toBeNull()
  })
})
