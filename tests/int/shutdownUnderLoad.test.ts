import fs from 'node:fs'
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startProductionServer, type RunningSite } from '../helpers/productionServer'

/**
 * SIGTERM under load, as a rolling deploy sends it: 20 readers on keep-alive connections hammer a
 * public read of the production server, and the server is told to stop in the middle. A request
 * sent on a connection that was open must be answered; only a new connection, refused once the
 * listener is closed, may fail (a load balancer sends it elsewhere).
 */
const READERS = 20
const PATH = '/api/clusters?limit=3&locale=fr'
let site: RunningSite

type Tally = { answered: number; dropped: number; refused: number; errors: string[] }

/** One GET on the shared keep-alive agent: answered, dropped (hang up, reset) or refused. */
function read(agent: http.Agent, base: string, tally: Tally): Promise<'go-on' | 'stop'> {
  return new Promise((resolve) => {
    const request = http.get(`${base}${PATH}`, { agent }, (response) => {
      response.resume()
      response.on('end', () => {
        if (response.statusCode === 200) tally.answered++
        else tally.errors.push(`status ${response.statusCode}`)
        resolve('go-on')
      })
      response.on('error', (error) => {
        tally.dropped++
        tally.errors.push(error.message)
        resolve('go-on')
      })
    })
    request.setTimeout(15_000, () => request.destroy(new Error('no answer within 15 s')))
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') {
        tally.refused++
        resolve('stop')
        return
      }
      tally.dropped++
      tally.errors.push(`${error.code ?? ''} ${error.message}`)
      resolve('go-on')
    })
  })
}

beforeAll(async () => {
  site = await startProductionServer()
}, 320_000)

afterAll(async () => {
  if (site.run.child.exitCode === null) site.run.child.kill('SIGKILL')
  await site.run.exited
  await site.database.drop()
  fs.rmSync(site.mediaDir, { recursive: true, force: true })
}, 30_000)

describe('SIGTERM under 20 keep-alive readers', () => {
  it('answers every request sent on an open connection, then exits 0', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: READERS })
    const tally: Tally = { answered: 0, dropped: 0, refused: 0, errors: [] }
    let exited = false
    const exit = site.run.exited.then((code) => {
      exited = true
      return code
    })
    const reader = async () => {
      while (!exited && (await read(agent, site.base, tally)) === 'go-on');
    }
    const readers = Array.from({ length: READERS }, reader)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const beforeSignal = tally.answered
    site.run.child.kill('SIGTERM')
    const code = await exit
    await Promise.all(readers)
    agent.destroy()

    console.log(
      `[shutdown] answered ${tally.answered} (${beforeSignal} before SIGTERM), dropped ${tally.dropped}, refused after close ${tally.refused}`,
    )
    expect(beforeSignal).toBeGreaterThan(READERS)
    expect(tally.errors).toEqual([])
    expect(tally.dropped).toBe(0)
    expect(code).toBe(0)
    expect(site.run.output()).toContain('stopped cleanly')
  }, 60_000)
})
