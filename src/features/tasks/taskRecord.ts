import type { Dialect } from '../../api/dialects.ts'
import type { RelayErrorKind } from '../../api/errors.ts'
import type { CreateTaskBody, TaskSnapshot } from '../../api/types.ts'
import type { VideoFrame } from '../../profiles/types.ts'

/** What the window needs to know about a create that failed (plain data, not an Error). */
export interface CreateFailure {
  /** `interrupted`: the page closed while the create was on its way. */
  kind: RelayErrorKind | 'interrupted'
  detail?: string
  mayHaveReachedRelay: boolean
}

export interface TaskRecord {
  localId: string
  /** The relay (its relayId) the task was sent to: its id means nothing elsewhere. */
  relay: string
  /** What was sent. Image payloads stay in memory only: after a reload `images` is gone. */
  body: CreateTaskBody
  /** The video it asked for (aspect, HD, length), as its model's profile read the form. */
  frame: VideoFrame
  /** How many images the request carried, so a reload can tell that they are missing. */
  imageCount: number
  createdAt: number
  /**
   * `waiting`: recorded, not sent yet, until the relay has a free slot (see takeQueue.ts);
   * `local`: a library item with no relay task (see `made`); nothing is polled or sent.
   */
  phase: 'waiting' | 'submitting' | 'created' | 'create_failed' | 'local'
  remoteId?: string
  /** The dialect it was created in, so it is read (and remixed) in the same; the guide's if none. */
  dialect?: Dialect
  createFailure?: CreateFailure
  /** The final state once known, so a reload need not ask the relay again. */
  outcome?: TaskSnapshot
  /** When that final state was first seen here. */
  finishedAt?: number
  /** When its create was last sent (a take may wait for a slot first): how long the job took. */
  sentAt?: number
  /** How long to wait before calling the job unusually long (default 60 minutes). */
  deadlineMs?: number
  /** A remix: the task it remixes (its relay id and prompt, for the title). */
  remixOf?: { localId: string; remoteId: string; prompt: string }
  /** An extension of this finished task (OpenAI's `/v1/videos/extensions`): sent as one. */
  extendOf?: { localId: string; remoteId: string; prompt: string }
  /** A continuation: started from the exact last frame of this task ("Continue"), or extending it. */
  continues?: { localId: string; prompt: string }
  /** Starred in the library. */
  favourite?: boolean
  /** One of several takes asked for at once (variations, models): its group and place in it. */
  take?: Take
  /**
   * How an item with no relay task came to be: a video file brought in from the disk (its
   * name is its prompt, its model ''); later, films joined in the browser. Its video is only
   * ever its kept file.
   */
  made?: { from: 'file' | 'storyboard'; name: string }
}

/** A take's group: one press of Generate that asked for several videos. */
export interface Take {
  group: string
  /** The group's name: the start of its prompt, unless renamed. */
  name: string
  /** 1-based, and how many takes the group has. */
  index: number
  of: number
}

/** What a new task is recorded with; the rest follows from its create. */
export type NewTask = Pick<
  TaskRecord,
  | 'localId'
  | 'relay'
  | 'body'
  | 'frame'
  | 'createdAt'
  | 'remixOf'
  | 'take'
  | 'continues'
  | 'extendOf'
>

export const newLocalId = () =>
  globalThis.crypto?.randomUUID?.() ??
  `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`

/** Image payloads are not kept across a reload: re-sending without them would be another request. */
export const imagesLost = (record: TaskRecord) => record.imageCount > 0 && !record.body.images
