// The `steps` key: how coarsely a running task's progress is reported.
import { describe, expect, it } from 'vitest'
import { parseScenarioText, sanitizeScenario } from '../../simulator/src/scenario.ts'
import { json, simulatorForFile, statusPath, type GuideStatus, type RealStatus } from './helpers.ts'

const sim = simulatorForFile({ defaults: { unlimited: true } })

/** Reads a 100 s run (no queue) once per simulated second: every report, then the final one. */
async function timeline(steps?: string, header?: string): Promise<string[]> {
  const tag = steps === undefined ? '' : ` steps=${steps}`
  const id = await sim.create({ prompt: `x [sim queue=0 len=100${tag}]` }, { scenario: header })
  const seen: string[] = []
  for (let t = 0; t <= 100; t++) {
    const s = await json<RealStatus>(await sim.get(statusPath(id)))
    seen.push(s.status === 'IN_PROGRESS' ? s.progress : `${s.status} ${s.progress}`)
    sim.advance(1)
  }
  return seen
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i)

describe('steps', () => {
  it('defaults to 10 % steps: 10 … 90, then 100 % at SUCCESS', async () => {
    const seen = await timeline()
    const expected = range(0, 99).map((t) => `${Math.min(90, Math.max(10, t - (t % 10)))}%`)
    expect(seen).toEqual([...expected, 'SUCCESS 100%'])
    expect(await timeline('10')).toEqual(seen)
  })

  it('steps=1 reports every percent, 1 … 99', async () => {
    const seen = await timeline('1')
    expect(seen).toEqual(['1%', ...range(1, 99).map((p) => `${p}%`), 'SUCCESS 100%'])
  })

  it('steps=25 reports 25, 50, 75', async () => {
    const seen = await timeline('25')
    expect(new Set(seen)).toEqual(new Set(['25%', '50%', '75%', 'SUCCESS 100%']))
    expect([seen[24], seen[25], seen[74], seen[75], seen[99]]).toEqual([
      '25%',
      '25%',
      '50%',
      '75%',
      '75%',
    ])
  })

  it('steps=10,20,30 says 10, 20, 30, then jumps to 100', async () => {
    const seen = await timeline('10,20,30')
    const expected = range(0, 99).map((t) => (t < 20 ? '10%' : t < 30 ? '20%' : '30%'))
    expect(seen).toEqual([...expected, 'SUCCESS 100%'])
  })

  it('a list, sorted, reports its first entry from the start, even above the truth (80,40)', async () => {
    const seen = await timeline('80,40')
    expect([seen[0], seen[39], seen[40], seen[80], seen[99], seen[100]]).toEqual([
      '40%',
      '40%',
      '40%',
      '80%',
      '80%',
      'SUCCESS 100%',
    ])
  })

  it('steps=0, is a relay stuck at 0 % until done; the header can set steps at create', async () => {
    const stuck = await timeline('0,')
    expect(new Set(stuck)).toEqual(new Set(['0%', 'SUCCESS 100%']))
    const viaHeader = await timeline(undefined, 'steps=50')
    expect(new Set(viaHeader)).toEqual(new Set(['50%', 'SUCCESS 100%']))
  })

  it('is frozen at creation: a read cannot change it', async () => {
    const id = await sim.create({ prompt: 'x [sim queue=0 len=100 steps=10,20,30]' })
    sim.advance(57)
    const s = await json<RealStatus>(await sim.get(statusPath(id), { scenario: 'steps=1' }))
    expect(s.progress).toBe('30%')
    const g = await json<GuideStatus>(await sim.get(statusPath(id), { scenario: 'shape=guide' }))
    expect(g.progress).toBe(30)
  })

  it('applies to the progress a failed task keeps', async () => {
    const id = await sim.create({
      prompt: 'x [sim queue=0 len=100 fail=other failat=0.57 steps=1]',
    })
    sim.advance(60)
    const s = await json<RealStatus>(await sim.get(statusPath(id)))
    expect([s.status, s.progress]).toEqual(['FAILURE', '57%'])
  })

  it('parses a stride or a list and ignores bad values', () => {
    expect(parseScenarioText('steps=5')).toEqual({ steps: 5 })
    expect(parseScenarioText('steps=30,10,20,10')).toEqual({ steps: [10, 20, 30] })
    expect(parseScenarioText('steps=30,')).toEqual({ steps: [30] })
    for (const bad of ['0', '100', '2.5', 'abc', '10,x', '10,101', ','])
      expect(parseScenarioText(`steps=${bad}`), bad).toEqual({})
    // Options and the CLI go through sanitizeScenario: a one-entry list stays a list.
    expect(sanitizeScenario({ steps: [30] })).toEqual({ steps: [30] })
    expect(sanitizeScenario({ steps: 30 })).toEqual({ steps: 30 })
  })
})
