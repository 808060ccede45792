// `npm run bench` (polling): how many requests a 5-minute job costs and how late its player
// appears, for the app's poll policy and for a fixed 3 s poll.
//
// Virtual time: the simulator runs on a clock this script moves, and every read still goes
// over real HTTP through the app's relay client (the same parsing the app does). Each job
// is driven like react-query drives it: a read at once after the create, then after each
// read the policy's delay (`nextPollDelay`, the function the app's query calls). A read
// takes a seeded random 50–600 ms (what the relay saw is what it answered when it got the
// read; the app observes it when the answer lands), so the jobs' phases differ.
import { createRelayClient } from '../src/api/relayClient.ts'
import type { TaskStatus } from '../src/api/types.ts'
import { nextPollDelay, type Observation } from '../src/features/tasks/pollPolicy.ts'
import { startSimulator } from '../simulator/src/server.ts'
import { mulberry32 } from '../simulator/src/prng.ts'
import { writeSection } from './doc.mjs'

const JOBS = 12
const QUEUE_S = 30
const RUN_S = 270
const KEY = 'sk-sim-bench-polling'

type Policy = (observations: readonly Observation[], now: number) => number | false
const fixed3s: Policy = (obs) => {
  const last = obs[obs.length - 1]
  return last?.status === 'succeeded' || last?.status === 'failed' ? false : 3000
}

interface JobResult {
  requests: number
  lagMs: number
}

let clock = Date.UTC(2026, 10, 25)
const sim = await startSimulator({ port: 0, now: () => clock, defaults: { unlimited: true } })
const client = createRelayClient(() => ({ baseUrl: sim.url, apiKey: KEY }))

/** Runs JOBS jobs side by side in virtual time; returns each job's requests and lag. */
async function run(policy: Policy, steps: string): Promise<JobResult[]> {
  const random = mulberry32(JOBS * 7919 + steps.length)
  const latency = () => 50 + Math.floor(random() * 550)
  interface Job {
    id: string
    createdAt: number
    observations: Observation[]
    requests: number
    nextAt: number
    doneAt: number | null
  }
  const jobs: Job[] = []
  let startAt = clock
  for (let i = 0; i < JOBS; i++) {
    startAt += 1_000 + Math.floor(random() * 2_000)
    jobs.push({
      id: '',
      createdAt: startAt,
      observations: [],
      requests: 0,
      nextAt: startAt,
      doneAt: null,
    })
  }
  // Event loop over virtual time: always serve the job whose turn is first (create or read).
  for (;;) {
    const due = jobs.filter((j) => j.doneAt === null).sort((a, b) => a.nextAt - b.nextAt)[0]
    if (!due) break
    clock = Math.max(clock, due.nextAt)
    due.requests++
    if (!due.id) {
      const i = jobs.indexOf(due)
      due.createdAt = clock
      due.id = (
        await client.createTask({
          model: 'sora-2',
          prompt: `Bench job ${i} [sim queue=${QUEUE_S} len=${RUN_S} steps=${steps}]`,
        })
      ).id
      clock += latency()
      due.nextAt = clock // react-query reads at once when the window's query mounts
      continue
    }
    const snapshot = await client.getTask(due.id)
    clock += latency()
    const status: TaskStatus = snapshot.status
    due.observations.push({ at: clock, status, progress: snapshot.progress })
    const delay = policy(due.observations, clock)
    if (delay === false) due.doneAt = clock
    else due.nextAt = clock + delay
    if (due.requests > 2_000) throw new Error('runaway polling')
  }
  const worst = [...jobs].sort((a, b) => b.requests - a.requests)[0]!
  if (process.env.TRACE)
    console.log(
      steps,
      worst.observations
        .map(
          (o) =>
            `${((o.at - worst.createdAt) / 1000).toFixed(1)}:${o.status[0]}${o.progress ?? ''}`,
        )
        .join(' '),
    )
  return jobs.map((j) => ({
    requests: j.requests,
    lagMs: (j.doneAt ?? 0) - (j.createdAt + (QUEUE_S + RUN_S) * 1000),
  }))
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const summary = (rs: JobResult[]) => ({
  requests: median(rs.map((r) => r.requests)),
  maxRequests: Math.max(...rs.map((r) => r.requests)),
  lag: median(rs.map((r) => r.lagMs)) / 1000,
  maxLag: Math.max(...rs.map((r) => r.lagMs)) / 1000,
})

const cases = [
  { name: 'steady, 10 % steps (new-api)', steps: '10', goal: { requests: 25, lag: 3 } },
  { name: 'steady, 1 % steps', steps: '1', goal: { requests: 25, lag: 3 } },
  { name: 'coarse: 10, 20, 30, then 100 %', steps: '10,20,30', goal: { requests: 40, lag: 5 } },
]
const rows: string[] = []
let ok = true
try {
  for (const c of cases) {
    const app = summary(await run(nextPollDelay, c.steps))
    const fixed = summary(await run(fixed3s, c.steps))
    const pass = app.requests <= c.goal.requests && app.lag <= c.goal.lag
    ok &&= pass
    console.log(c.name, { app, fixed, pass })
    const fmt = (s: ReturnType<typeof summary>) =>
      `${s.requests} (max ${s.maxRequests}) | ${s.lag.toFixed(1)} s (max ${s.maxLag.toFixed(1)} s)`
    rows.push(
      `| ${c.name} | ≤ ${c.goal.requests} · ≤ ${c.goal.lag} s | ${fmt(app)} | ${fmt(fixed)} |`,
    )
  }
} finally {
  await sim.close()
}

await writeSection(
  'polling',
  `## Polling a 5-minute job

\`npx tsx bench/polling.ts\` (part of \`npm run bench\`): ${JOBS} jobs side by side, each ${QUEUE_S} s queued then ${RUN_S} s of steady progress, reported three ways. **Virtual time**: the simulator runs on a clock the script moves, every read crosses real HTTP through the app's relay client, and each job is polled as react-query polls it (a read at once after the create, then the delay \`nextPollDelay\` gives after each read — the function the app's query calls); a read takes a seeded random 50–600 ms. Requests count the create and every read; the delay is from the relay's \`SUCCESS\` to the read that reports it, which is when the window renders its player.

| progress reported | goal: requests · median delay | app: requests, median (max) | app: delay, median (max) | fixed 3 s: requests | fixed 3 s: delay |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

The policy (\`src/features/tasks/pollPolicy.ts\`): while queued, or running without a pace, each wait is as long as the time waited so far (2–15 s). Each rise of progress is placed on a line — a coarse step halfway between the two reads around it, a live number where it was read — and the pace is a least-squares fit that weighs each point by how precisely it is known. A relay with coarse steps gets one read just after each step is due (so the bar, which runs on at that pace, never stalls a step ahead) and a few more if a step is late; a live number gets a read halfway to the expected end, closing in on it; a relay that stops stepping (30 % and then silence) gets a read every 8 s or less towards the expected end; past it, reads 2–6 s apart. Waits count from the last read, so a re-render that asks again keeps the appointment. The fixed poll is cheaper in delay only where the policy's estimate is worst (the relay that stops stepping), at twice the requests.`,
)
if (!ok) process.exitCode = 1
