/**
 * Module worker (created by prepareImage.ts): decoding, resizing and encoding photos takes
 * hundreds of milliseconds and tens of megabytes, which must not stall the composer.
 * The logic lives in pipeline.ts (unit-tested); this file only wires it to the worker scope.
 */
import { browserCodec } from './browserCodec.ts'
import { createJobHandler } from './pipeline.ts'
import type { WorkerAnswer } from './protocol.ts'

// The app compiles against the DOM lib, where `self` is a Window; say what a worker scope is.
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  postMessage(answer: WorkerAnswer): void
}

const scope = self as unknown as WorkerScope
const handle = createJobHandler(browserCodec, (answer) => scope.postMessage(answer))
scope.onmessage = (event) => handle(event.data)
