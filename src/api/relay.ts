import { createRelayClient } from './relayClient.ts'
import type { Credentials } from './types.ts'

let credentialsSource: () => Credentials | null = () => null

/**
 * The app's one relay client. It reads the credentials at call time from whatever source the
 * app handed in at start: this layer knows nothing of where or how they are kept.
 */
export const relay = createRelayClient(() => credentialsSource())

/** Called once at start (and by tests) with the settings' reader. */
export function provideCredentials(source: () => Credentials | null): void {
  credentialsSource = source
}
