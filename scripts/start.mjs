// `npm start`: the Express host as compiled by `npm run build` (dist/server.mjs, bundled from
// src/server/main.ts by esbuild): production runs JavaScript, no TypeScript is compiled at start.
import fs from 'node:fs'

if (!fs.existsSync('dist/server.mjs') || !fs.existsSync('.next/BUILD_ID')) {
  console.error('[grappes] No production build found: run `npm run build` first.')
  process.exit(1)
}
await import('../dist/server.mjs')
