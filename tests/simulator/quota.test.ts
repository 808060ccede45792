// GET /v1/token/quota: charging per task, refusing overdrafts, shapes; unknown task reads.
import { describe, expect, it } from 'vitest'
import { json, simulatorForFile, statusPath, type Quota } from './helpers.ts'

const sim = simulatorForFile()

const CREATE = '/v2/videos/generations'
const base = { model: 'sora-2', prompt: 'a cat in a park' }

describe('quota', () => {
  it('starts at 5,000,000 and decreases by the price of each task', async () => {
    const key = 'sk-sim-quota'
    const quota = async (): Promise<Quota> => json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(await quota()).toEqual({
      id: expect.any(Number) as number,
      name: 'sim-quota',
      quota: 5_000_000,
      unlimited_quota: false,
      used_quota: 0,
    })
    // A flat price per request: duration and HD change nothing.
    await sim.create({ duration: 10 }, { key }) // 250,000
    await sim.create({ duration: '25' }, { key }) // 250,000
    await sim.create({ model: 'sora-2-pro', duration: 10 }, { key }) // 750,000
    await sim.create({ model: 'sora-2-pro', duration: 25, hd: true }, { key }) // 750,000
    const q = await quota()
    expect(q.used_quota).toBe(2_000_000)
    expect(q.quota).toBe(3_000_000)
  })

  it('refuses a task that would overdraw with 403 insufficient_user_quota', async () => {
    const key = 'sk-sim-poor'
    for (let i = 0; i < 4; i++) await sim.create({ model: 'veo3-4k' }, { key }) // 4 × 1,000,000
    await sim.create({ model: 'sora-2-pro' }, { key }) // 750,000: 250,000 left
    const res = await sim.post(CREATE, { ...base, model: 'veo3-4k' }, { key })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({
      error: {
        message: '用户额度不足 / insufficient quota',
        type: 'new_api_error',
        code: 'insufficient_user_quota',
      },
    })
    await sim.create({}, { key }) // sora-2's 250,000 uses up exactly what is left
    const q = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect([q.used_quota, q.quota]).toEqual([5_000_000, 0])
    expect((await sim.post(CREATE, base, { key })).status).toBe(403)
  })

  it('billing=second charges by length and size, and its price list names no fixed price', async () => {
    const key = 'sk-sim-seconds'
    const scenario = 'billing=second'
    await sim.create({ duration: 10 }, { key, scenario }) // 0.05/s × 10 s = 250,000
    await sim.create({ duration: '25' }, { key, scenario }) // × 25 s = 625,000
    await sim.create({ model: 'sora-2-pro', duration: 10, hd: true }, { key, scenario }) // 0.15 × 10 × 5/3 = 1,250,000
    const q = await json<Quota>(await sim.get('/v1/token/quota', { key }))
    expect(q.used_quota).toBe(2_125_000)
    const pricing = await json<{ data: { model_name: string; quota_type: number }[] }>(
      await sim.get('/api/pricing', { scenario }),
    )
    expect(pricing.data.find((e) => e.model_name === 'sora-2')).toMatchObject({
      quota_type: 0,
      model_price: 0,
      model_ratio: 0.05,
    })
  })

  it('POST /__sim/refill gives the caller’s account, and only it, its full quota back', async () => {
    const [mine, theirs] = ['sk-demo-refill-a', 'sk-demo-refill-b']
    await sim.create({ model: 'veo3-4k' }, { key: mine })
    await sim.create({ model: 'veo3-4k' }, { key: theirs })
    const refilled = await sim.post('/__sim/refill', {}, { key: mine })
    expect(refilled.status).toBe(200)
    expect(await refilled.json()).toMatchObject({ quota: 5_000_000, used_quota: 0 })
    const other = await json<Quota>(await sim.get('/v1/token/quota', { key: theirs }))
    expect(other.quota).toBe(4_000_000)
    expect((await sim.post('/__sim/refill', {}, { key: 'not-a-key' })).status).toBe(401)
  })

  it('unlimited=1 reports unlimited_quota and never refuses', async () => {
    const key = 'sk-sim-rich'
    for (let i = 0; i < 8; i++)
      await sim.create({ model: 'sora-2-pro' }, { key, scenario: 'unlimited=1' })
    const q = await json<Quota>(await sim.get('/v1/token/quota', { key, scenario: 'unlimited=1' }))
    expect(q.unlimited_quota).toBe(true)
    expect(q.used_quota).toBe(6_000_000)
    expect(q.quota).toBe(0)
  })

  it('serves the guide shape and the wrapped envelope', async () => {
    const key = 'sk-sim-shapes'
    await sim.create({}, { key })
    const guide = await json(await sim.get('/v1/token/quota', { key, scenario: 'shape=guide' }))
    expect(guide).toEqual({
      total_quota: 5_000_000,
      used_quota: 250_000,
      remaining_quota: 4_750_000,
    })
    const wrapped = await json<{ code: string; data: Quota }>(
      await sim.get('/v1/token/quota', { key, scenario: 'wrap=1' }),
    )
    expect(wrapped.code).toBe('success')
    expect(wrapped.data.quota).toBe(4_750_000)
  })

  it('reads an unknown task as {code:"success",data:null}', async () => {
    const res = await sim.get(statusPath('task_doesnotexist'))
    expect(await res.json()).toEqual({ code: 'success', message: '', data: null })
  })
})
