// `npm run simulator`: argument parsing, and the real entry point started as a process.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../simulator/src/cliArgs.ts'

describe('parseCliArgs', () => {
  it('defaults to 127.0.0.1:8787, seed 1, time scale 1, no scenario', () => {
    expect(parseCliArgs([])).toEqual({
      port: 8787,
      host: '127.0.0.1',
      seed: 1,
      timeScale: 1,
      defaults: {},
      cors: true,
      help: false,
    })
  })

  it('reads --key=value and --key value, and SIM_PORT', () => {
    const cfg = parseCliArgs(
      [
        '--port',
        '9000',
        '--host=0.0.0.0',
        '--seed=5',
        '--time-scale',
        '0.1',
        '--remix=404',
        '--faults=0.1',
        '--faultkinds',
        'drop,html502',
      ],
      { SIM_PORT: '7000' },
    )
    expect(cfg).toMatchObject({ port: 9000, host: '0.0.0.0', seed: 5, timeScale: 0.1 })
    expect(cfg.defaults).toEqual({ remix: '404', faults: 0.1, faultkinds: ['drop', 'html502'] })
    expect(parseCliArgs([], { SIM_PORT: '7000' }).port).toBe(7000)
  })

  it('ignores unknown keys and bad values', () => {
    const cfg = parseCliArgs([
      '--port=http',
      '--time-scale=0',
      '--seed=x',
      '--colour=red',
      '--queue=abc',
      '--len=4',
    ])
    expect(cfg).toMatchObject({ port: 8787, timeScale: 1, seed: 1 })
    expect(cfg.defaults).toEqual({ len: 4 })
    expect(parseCliArgs(['--help']).help).toBe(true)
  })
})

describe('cli.ts', () => {
  it('starts a server, prints its URL and the demo key, and applies scenario flags', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url))
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'simulator/src/cli.ts', '--port=0', '--remix=html'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    try {
      let out = ''
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const m = /listening on (http:\/\/\S+)/.exec(out)
          if (m?.[1] && out.includes('sk-demo')) resolve(m[1])
        })
        child.on('exit', (code) => reject(new Error(`cli exited with ${code}: ${out}`)))
      })
      expect(out).toContain('Demo key: sk-demo')
      expect((await fetch(`${url}/health`)).status).toBe(200)
      const remix = await fetch(`${url}/v1/videos/task_x/remix`, { method: 'POST', body: '{}' })
      expect([remix.status, remix.headers.get('content-type')]).toEqual([
        200,
        'text/html; charset=utf-8',
      ])
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
  }, 15_000)
})

describe('--cors', () => {
  it('is on unless turned off', () => {
    expect(parseCliArgs([]).cors).toBe(true)
    expect(parseCliArgs(['--cors=off']).cors).toBe(false)
    expect(parseCliArgs(['--cors', 'no']).cors).toBe(false)
    expect(parseCliArgs(['--cors=off']).defaults).toEqual({})
  })
})
