// `npm run bench` (takes): 8 takes through 2 slots, from the first create to the last player,
// against the ideal of 4 rounds of one job's time.
//
// Virtual time, as the polling bench: the simulator runs on a clock this script moves; every
// create and read goes over real HTTP through the app's relay client. Which takes are sent
// when is decided by the app's own queue (`dueAt`, with the default 2 slots), and each job is
// read as the app's query reads it (`nextPollDelay`). A request takes a seeded 50–600 ms.
import { createRelayClient } from '../src/api/relayClient.ts'
import { nextPollDelay, type Observation } from '../src/features/tasks/pollPolicy.ts'
import { dueAt } from '../src/features/tasks/takeQueue.ts'
import type { TaskRecord } from '../src/features/tasks/taskRecord.ts'
import { startSimulator } from '../simulator/src/server.ts'
import { mulberry32 } from '../simulator/src/prng.ts'
import { writeSection } from './doc.mjs'

const TAKES = 8
const SLOTS = 2
const QUEUE_S = 10
const RUN_S = 50
const GOAL = 1.1
const KEY = 'sk-sim-bench-takes'
const RELAY = 'bench'

let clock = Date.UTC(2026, 10, 25)
const sim = await startSimulator({ port: 0, now: () => clock, defaults: { unlimited: true } })
const client = createRelayClient(() => ({ baseUrl: sim.url, apiKey: KEY }))
const random = mulberry32(4242)
const latency = () => 50 + Math.floor(random() * 550)

interface Take {
  record: TaskRecord
  observations: Observation[]
  nextAt: number
}

const frame = { aspect: '16:9', hd: false, seconds: 10 }
const takes: Take[] = Array.from({ length: TAKES }, (_, i) => ({
  record: {
    localId: `take-${i + 1}`,
    relay: RELAY,
    body: { model: 'sora-2', prompt: `Take ${i + 1} [sim queue=${QUEUE_S} len=${RUN_S}]` },
    frame,
    imageCount: 0,
    createdAt: clock,
    phase: 'waiting',
    take: { group: 'bench', name: 'bench', index: i + 1, of: TAKES },
  },
  observations: [],
  nextAt: Infinity,
}))

let firstCreate: number | null = null
let lastPlayer = 0
try {
  for (;;) {
    // The queue: what may be sent now, as the app decides it.
    for (const id of dueAt(
      takes.map((t) => t.record),
      RELAY,
      SLOTS,
      clock,
    )) {
      const take = takes.find((t) => t.record.localId === id)!
      firstCreate ??= clock
      const { id: remoteId } = await client.createTask(take.record.body)
      clock += latency()
      take.record = { ...take.record, phase: 'created', remoteId, createdAt: clock }
      take.nextAt = clock // the window's query reads at once
    }
    const due = takes
      .filter((t) => t.record.phase === 'created' && !t.record.outcome)
      .sort((a, b) => a.nextAt - b.nextAt)[0]
    if (!due) break
    clock = Math.max(clock, due.nextAt)
    const snapshot = await client.getTask(due.record.remoteId!)
    clock += latency()
    due.observations.push({ at: clock, status: snapshot.status, progress: snapshot.progress })
    const delay = nextPollDelay(due.observations, clock)
    if (delay === false) {
      due.record = { ...due.record, outcome: snapshot }
      lastPlayer = clock
    } else due.nextAt = clock + delay
  }
} finally {
  await sim.close()
}

const ideal = (TAKES / SLOTS) * (QUEUE_S + RUN_S) * 1000
const took = lastPlayer - (firstCreate ?? lastPlayer)
const ratio = took / ideal
const met = ratio <= GOAL
console.log(
  `8 takes through 2 slots: ${(took / 1000).toFixed(1)} s, ideal ${ideal / 1000} s (${((ratio - 1) * 100).toFixed(1)} %)`,
)
await writeSection(
  'takes',
  `## 8 takes through 2 slots

Command: \`npm run bench\` (\`bench/takes.ts\`: virtual time, as the polling bench; every create and read over real HTTP to the simulator through the app's relay client). ${TAKES} takes of a ${QUEUE_S + RUN_S}-second job (${QUEUE_S} s queued, ${RUN_S} s running), sent as the app's queue decides (\`dueAt\`, ${SLOTS} slots), each read as the app's query reads it (\`nextPollDelay\`); each request takes a seeded 50–600 ms. Measured ${new Date().toISOString().slice(0, 10)}.

| what | took | ideal (${TAKES / SLOTS} rounds of one job) | over the ideal | goal | |
|---|---:|---:|---:|---:|---|
| first create → last player | ${(took / 1000).toFixed(1)} s | ${ideal / 1000} s | ${((ratio - 1) * 100).toFixed(1)} % | ≤ ${Math.round((GOAL - 1) * 100)} % | ${met ? 'met' : '**not met**'} |`,
)
if (!met) process.exitCode = 1
