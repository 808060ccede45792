import { RelayError } from './errors.ts'
import { taskIdFrom, type CallOptions, type RelayClient } from './relayClient.ts'

// OpenAI's video extensions (`POST /v1/videos/extensions`; closed upstream, and new-api's
// router has none): apart from the client, loaded with the windows that offer "Extend".

const PATH = '/v1/videos/extensions'

/** A new task continuing a finished one by `seconds` ("4" … "20"). Sent once: it costs money. */
export async function extendTask(
  client: Pick<RelayClient, 'post'>,
  id: string,
  prompt: string,
  seconds: string,
  opts?: CallOptions,
): Promise<{ id: string }> {
  return { id: taskIdFrom(await client.post(PATH, { video: { id }, prompt, seconds }, opts)) }
}

/**
 * Whether the relay has the route. A read cannot tell (`GET …/extensions` reads as a task
 * id), so an empty body is posted: it names no video and no prompt, so it can create nothing;
 * a relay with the route refuses it (400), one without answers as for any unknown path.
 */
export async function hasExtensions(
  client: Pick<RelayClient, 'post'>,
  opts?: CallOptions,
): Promise<boolean> {
  try {
    await client.post(PATH, {}, opts)
    return true
  } catch (e) {
    if (!(e instanceof RelayError)) throw e
    if (e.kind === 'not_found' || e.kind === 'not_relay' || e.kind === 'unsupported') return false
    if (e.kind === 'bad_request' || e.status === 400 || e.status === 422) return true
    throw e
  }
}
