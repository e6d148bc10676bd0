/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * that some spreadsheets skip before one) is written with a leading `'`, which spreadsheets show
 * as text; numbers stay numbers. The import removes that `'` again, so a round trip keeps the text.
 */
const FORMULA_START = /^[=+\-@\t\r]/

export const neutralize = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

export const unneutralize = (text: string): string =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text
