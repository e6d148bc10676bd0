import fs from 'node:fs'
import path from 'node:path'

import { renderAccessMatrix } from '../src/access/matrix'

/** `npm run docs:roles`: writes docs/roles.md from the access matrix (src/access/matrix.ts). */
const target = path.resolve(process.cwd(), 'docs/roles.md')
fs.writeFileSync(target, `${renderAccessMatrix()}\n`)
console.log(`wrote ${path.relative(process.cwd(), target)}`)
