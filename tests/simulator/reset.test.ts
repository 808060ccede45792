// Simulator.reset(): called directly, so the simulator is wrapped in a bare node:http server.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createSimulator } from '../../simulator/src/simulator.ts'
import { T0, json, statusPath, type Quota, outcome } from './helpers.ts'

describe('reset()', () => {
  it('forgets tasks, accounts and recordings, and restarts the fault sequence', async () => {
    const simulator = createSimulator({ seed: 9, now: () => T0, defaults: { faults: 0.5 } })
    const server = createServer((req, res) =>
      simulator.handle(req, res, (req.url ?? '/').split('?')[0] ?? '/'),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const headers = { Authorization: 'Bearer sk-demo' }
    const sequence = async (): Promise<string[]> => {
      const out: string[] = []
      for (let i = 0; i < 12; i++) out.push(await outcome(fetch(`${url}/v1/models`, { headers })))
      return out
    }
    try {
      const created = await fetch(`${url}/v2/videos/generations`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model: 'sora-2', prompt: 'x [sim faults=0]' }),
      })
      const { task_id } = await json<{ task_id: string }>(created)
      const first = await sequence()
      simulator.reset()
      expect(await sequence()).toEqual(first)
      const status = await fetch(`${url}${statusPath(task_id)}`, {
        headers: { ...headers, 'X-Sim-Scenario': 'faults=0' },
      })
      expect(await status.json()).toEqual({ code: 'success', message: '', data: null })
      const quota = await json<Quota>(
        await fetch(`${url}/v1/token/quota`, {
          headers: { ...headers, 'X-Sim-Scenario': 'faults=0' },
        }),
      )
      expect(quota.used_quota).toBe(0)
      const recorded = await fetch(`${url}/__sim/requests`, { headers })
      expect(await recorded.json()).toEqual([])
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
