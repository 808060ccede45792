// Keys, accounts and quota. Every distinct valid key is its own account so parallel tests
// (or two browser profiles) never see each other's tasks or spending.
import type { IncomingMessage } from 'node:http'

export const DEMO_KEY = 'sk-demo'
export const INITIAL_QUOTA = 5_000_000
const RECORD_LIMIT = 50
const KEY_PATTERN = /^sk-(demo|sim)[A-Za-z0-9_-]*$/

export interface RecordedRequest {
  method: string
  path: string
  /** Parsed JSON when the body parsed, otherwise the raw text. */
  body: unknown
  receivedAt: number
}

export interface Account {
  key: string
  ordinal: number
  used: number
  requests: RecordedRequest[]
  /** The most of its tasks ever unfinished at once (`GET /__sim/stats`). */
  peakRunning: number
  /** Creates refused for too many unfinished tasks (`maxrunning`). */
  busyRefusals: number
}

/** The bearer key if it is one the simulator accepts, else undefined. */
export function validKey(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? ''
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header)
  const key = m?.[1]
  return key !== undefined && KEY_PATTERN.test(key) ? key : undefined
}

export function invalidTokenMessage(req: IncomingMessage, requestId: string): string {
  const lang = String(req.headers['accept-language'] ?? '')
    .trim()
    .toLowerCase()
  return lang.startsWith('zh') ? '无效的令牌' : `Invalid token (request id: ${requestId})`
}

export class Accounts {
  private readonly byKey = new Map<string, Account>()

  get(key: string): Account {
    let account = this.byKey.get(key)
    if (!account) {
      account = {
        key,
        ordinal: this.byKey.size + 1,
        used: 0,
        requests: [],
        peakRunning: 0,
        busyRefusals: 0,
      }
      this.byKey.set(key, account)
    }
    return account
  }

  clear(): void {
    this.byKey.clear()
  }
}

export function remainingQuota(account: Account): number {
  return Math.max(0, INITIAL_QUOTA - account.used)
}

export function recordRequest(account: Account, entry: RecordedRequest): void {
  account.requests.push(entry)
  if (account.requests.length > RECORD_LIMIT)
    account.requests.splice(0, account.requests.length - RECORD_LIMIT)
}
