// @vitest-environment node
// (jsdom's File has no stream(): the archive code runs on Node's own Blob and File here.)
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  archiveStream,
  readArchive,
  type ImportProblem,
} from '../../../src/features/gallery/archive/archive.ts'
import {
  MANIFEST_NAME,
  videoPath,
  type ArchiveItem,
} from '../../../src/features/gallery/archive/manifest.ts'
import type { TaskRecord } from '../../../src/features/tasks/taskRecord.ts'
import { memoryFiles } from '../../fixtures/memoryFiles.ts'

const clip = readFileSync('simulator/media/landscape.mp4')
const portrait = readFileSync('simulator/media/portrait.mp4')

const record = (localId: string, prompt: string, change: Partial<TaskRecord> = {}): TaskRecord => ({
  localId,
  relay: '0123456789abcdef',
  body: { model: 'sora-2', prompt, seconds: '10', size: '1280x720' },
  frame: { aspect: '16:9', hd: false, seconds: 10 },
  imageCount: 0,
  createdAt: 1_790_000_000_000,
  phase: 'created',
  remoteId: `video_${localId}`,
  outcome: {
    id: `video_${localId}`,
    status: 'succeeded',
    progress: 100,
    videoUrl: `https://relay.example/${localId}.mp4`,
    failure: null,
  },
  ...change,
})

const withVideo = (r: TaskRecord, bytes: Buffer) => ({
  item: {
    record: r,
    video: { path: videoPath(r.localId, 'mp4'), size: bytes.length, type: 'video/mp4' },
  } satisfies ArchiveItem,
  file: new Blob([new Uint8Array(bytes)]),
})

const sailboat = record('sail', 'A sailboat at sea')
const storm = record('storm', 'in a storm', {
  body: { model: 'sora-2', prompt: 'in a storm' },
  remixOf: { localId: 'sail', remoteId: 'video_sail', prompt: 'A sailboat at sea' },
  favourite: true,
})
const failed = record('fail', '一只白鹭', {
  outcome: {
    id: 'video_fail',
    status: 'failed',
    progress: null,
    videoUrl: null,
    failure: { kind: 'prompt_review', reason: 'no' },
  },
})

/** A library item with no relay task: a video file brought in from the disk. */
const harbour: TaskRecord = {
  localId: 'file-1',
  relay: '',
  body: { model: '', prompt: 'harbour at dawn' },
  frame: { aspect: '1:1', hd: false, seconds: 4 },
  imageCount: 0,
  createdAt: 1_790_000_000_000,
  phase: 'local',
  made: { from: 'file', name: 'harbour at dawn.mp4' },
}

async function zipOf(items: Parameters<typeof archiveStream>[0]) {
  const seen: number[] = []
  const { stream, total } = await archiveStream(items, 1_790_000_000_000, (done) => seen.push(done))
  const blob = await new Response(stream).blob()
  return { blob, total, seen }
}

const refusal = async (archive: Blob, has = (_: string) => false) => {
  const files = memoryFiles()
  const problem = await readArchive(archive, { files, has }, () => {}).then(
    () => 'accepted',
    (e: { problem?: ImportProblem }) => e.problem,
  )
  return { problem, left: files.names() }
}

describe('the library archive', () => {
  it('round trip: every record (lineage, favourite, failure, no relay task) and every video, byte for byte, with progress to the exact total', async () => {
    const { blob, total, seen } = await zipOf([
      withVideo(sailboat, clip),
      withVideo(storm, portrait),
      { item: { record: failed, video: null }, file: null },
      withVideo(harbour, clip),
    ])
    expect(blob.size).toBe(total)
    expect(seen.at(-1)).toBe(total)

    const files = memoryFiles()
    const progress: [number, number][] = []
    const back = await readArchive(blob, { files, has: () => false }, (d, t) =>
      progress.push([d, t]),
    )
    expect(back.items.map((i) => i.record)).toEqual([sailboat, storm, failed, harbour])
    expect(back.skipped).toBe(0)
    expect(back.videos).toEqual([
      { localId: 'sail', name: 'sail.mp4', size: clip.length, type: 'video/mp4' },
      { localId: 'storm', name: 'storm.mp4', size: portrait.length, type: 'video/mp4' },
      { localId: 'file-1', name: 'file-1.mp4', size: clip.length, type: 'video/mp4' },
    ])
    const kept = await files.open('storm.mp4')
    expect(Buffer.from(await kept!.arrayBuffer()).equals(portrait)).toBe(true)
    const bytes = 2 * clip.length + portrait.length
    expect(progress.at(-1)).toEqual([bytes, bytes])
  })

  it('skips tasks already here (their videos are not written again)', async () => {
    const { blob } = await zipOf([withVideo(sailboat, clip), withVideo(storm, portrait)])
    const files = memoryFiles()
    const back = await readArchive(blob, { files, has: (id) => id === 'sail' }, () => {})
    expect(back.items.map((i) => i.record.localId)).toEqual(['storm'])
    expect(back.skipped).toBe(1)
    expect(files.names()).toEqual(['storm.mp4'])
  })

  it('refuses a damaged archive whole: a changed byte in the second video leaves nothing, not even the first', async () => {
    const { blob } = await zipOf([withVideo(sailboat, clip), withVideo(storm, portrait)])
    const bytes = new Uint8Array(await blob.arrayBuffer())
    bytes[bytes.length - 2000]! ^= 0xff // inside the second video (the directory is smaller)
    expect(await refusal(new Blob([bytes]))).toEqual({ problem: 'damaged', left: [] })
  })

  it.each<[string, () => Promise<Blob>, ImportProblem]>([
    ['random bytes', () => Promise.resolve(new Blob([new Uint8Array(4096).fill(7)])), 'notArchive'],
    [
      'a cut-short archive',
      async () => {
        const { blob } = await zipOf([withVideo(sailboat, clip)])
        return blob.slice(0, blob.size - 30)
      },
      'notArchive',
    ],
    [
      'a zip of something else',
      async () => {
        const { makeZip } = await import('client-zip')
        return new Response(makeZip([{ name: 'notes.txt', input: 'hello' }])).blob()
      },
      'foreign',
    ],
    [
      'a video that is a web page',
      async () => (await zipOf([withVideo(sailboat, Buffer.from('<html>'.repeat(400)))])).blob,
      'notVideo',
    ],
  ])('refuses %s', async (_name, make, problem) => {
    expect(await refusal(await make())).toEqual({ problem, left: [] })
  })

  it('refuses a manifest with a planted path, a later version, or a record it cannot read', async () => {
    const { makeZip } = await import('client-zip')
    const zip = (manifest: unknown, extra: { name: string; input: Uint8Array }[] = []) =>
      new Response(
        makeZip([{ name: MANIFEST_NAME, input: JSON.stringify(manifest) }, ...extra]),
      ).blob()
    const base = { format: 'sora-studio-library', version: 1 }
    const planted = {
      record: sailboat,
      video: { path: '../../evil.mp4', size: clip.length, type: 'video/mp4' },
    }
    expect((await refusal(await zip({ ...base, items: [planted] }))).problem).toBe('damaged')
    expect((await refusal(await zip({ ...base, version: 2, items: [] }))).problem).toBe('foreign')
    expect(
      (await refusal(await zip({ ...base, items: [{ record: { localId: 'x' }, video: null }] })))
        .problem,
    ).toBe('damaged')
    // A file the manifest does not name: not ours.
    expect(
      (
        await refusal(
          await zip({ ...base, items: [] }, [
            { name: 'videos/extra.mp4', input: new Uint8Array(clip) },
          ]),
        )
      ).problem,
    ).toBe('damaged')
  })
})
