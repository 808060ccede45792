import { getCredentials } from './settingsStore.ts'
import { createRelayClient } from './relayClient.ts'

/** The app's one relay client; it reads the credentials at call time. */
export const relay = createRelayClient(getCredentials)
