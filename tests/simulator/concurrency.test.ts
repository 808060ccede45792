// maxrunning: new-api's per-key concurrency gate, and GET /__sim/stats.
import { describe, expect, it } from 'vitest'
import { json, simulatorForFile, type Quota } from './helpers.ts'

const sim = simulatorForFile()

interface Stats {
  running: number
  peakRunning: number
  busyRefusals: number
}

describe('maxrunning: a key with too many unfinished tasks', () => {
  it('answers a create past the limit with 429, a concurrency message and no task id, charging nothing', async () => {
    const key = 'sk-sim-busy'
    const scenario = 'maxrunning=2'
    const job = { prompt: 'a cat [sim queue=1 len=4]' }
    await sim.create(job, { key, scenario })
    await sim.create(job, { key, scenario })
    const refused = await sim.post(
      '/v2/videos/generations',
      { model: 'sora-2', ...job },
      { key, scenario },
    )
    expect(refused.status).toBe(429)
    const body = (await refused.json()) as {
      error: { code: string; message: string }
      task_id?: unknown
    }
    expect(body.task_id).toBeUndefined()
    expect(body.error.code).toBe('token_concurrency_limit_reached')
    expect(body.error.message).toMatch(/concurrent/)
    const quota = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(quota.used_quota).toBe(2 * 250_000)
    expect(await json<Stats>(await sim.get('/__sim/stats', { key }))).toEqual({
      running: 2,
      peakRunning: 2,
      busyRefusals: 1,
    })

    // Once one has finished, a slot is free again.
    sim.advance(5)
    await sim.create(job, { key, scenario })
    expect(await json<Stats>(await sim.get('/__sim/stats', { key }))).toMatchObject({
      running: 1,
      peakRunning: 2,
    })
  })

  it('counts each key on its own, and no limit by default', async () => {
    for (let i = 0; i < 4; i++)
      await sim.create({ prompt: 'a dog [sim queue=60]' }, { key: 'sk-sim-free' })
    expect(await json<Stats>(await sim.get('/__sim/stats', { key: 'sk-sim-free' }))).toEqual({
      running: 4,
      peakRunning: 4,
      busyRefusals: 0,
    })
    expect((await sim.get('/__sim/stats', { key: 'not-a-key' })).status).toBe(401)
  })
})
