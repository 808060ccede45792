// Public clips (/media) and private results (/v1/videos/{id}/content): bytes, Range, HEAD.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  KEY,
  json,
  rawRequest,
  simulatorForFile,
  statusPath,
  type ErrorBody,
  type RealStatus,
} from './helpers.ts'

const landscape = readFileSync(new URL('../../simulator/media/landscape.mp4', import.meta.url))
const portrait = readFileSync(new URL('../../simulator/media/portrait.mp4', import.meta.url))
const square = readFileSync(new URL('../../simulator/media/square.mp4', import.meta.url))

const sim = simulatorForFile()

const bytesOf = async (res: Response): Promise<Buffer> => Buffer.from(await res.arrayBuffer())

describe('the clips themselves', () => {
  it('are H.264 MP4s that start with an ftyp box and are small', () => {
    for (const clip of [landscape, portrait, square]) {
      expect(clip.subarray(4, 8).toString('latin1')).toBe('ftyp')
      expect(clip.includes(Buffer.from('avc1'))).toBe(true)
      // faststart: the moov box comes before the media data.
      expect(clip.indexOf(Buffer.from('moov'))).toBeLessThan(clip.indexOf(Buffer.from('mdat')))
    }
    expect(landscape.length + portrait.length).toBeLessThan(600_000)
    expect(square.length).toBeLessThan(120_000)
  })
})

describe('GET /media/<clip>.mp4', () => {
  it('serves the clip publicly, ignoring the ?task= query', async () => {
    const res = await sim.get('/media/landscape.mp4?task=task_abc', { key: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('video/mp4')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect((await bytesOf(res)).equals(landscape)).toBe(true)
    expect(
      (await bytesOf(await sim.get('/media/portrait.mp4', { key: null }))).equals(portrait),
    ).toBe(true)
    expect((await bytesOf(await sim.get('/media/square.mp4', { key: null }))).equals(square)).toBe(
      true,
    )
  })

  it('clip=coded…: a finished task shows a clip whose frames carry their numbers, of its length', async () => {
    const id = await sim.create({ prompt: 'a code [sim queue=0 len=1 clip=coded12]' })
    sim.advance(2)
    const status = await json<RealStatus>(await sim.get(statusPath(id)))
    const url = new URL(String(status.data?.output ?? ''))
    expect(url.pathname).toBe('/media/coded12.mp4')
    const coded = readFileSync(new URL('../../simulator/media/coded12.mp4', import.meta.url))
    expect((await bytesOf(await sim.get(url.pathname, { key: null }))).equals(coded)).toBe(true)
    // The four lengths together stay small enough to commit.
    const sizes = ['coded4', 'coded7', 'coded12', 'coded10p'].map(
      (c) => readFileSync(new URL(`../../simulator/media/${c}.mp4`, import.meta.url)).length,
    )
    expect(sizes.reduce((a, b) => a + b)).toBeLessThan(1_200_000)
  })

  it('clip=reel…: 720p reels of 10 s, made alike (one parameter set), two with AAC tracks', async () => {
    const id = await sim.create({ prompt: 'a reel [sim queue=0 len=1 clip=reel2a]' })
    sim.advance(2)
    const status = await json<RealStatus>(await sim.get(statusPath(id)))
    expect(new URL(String(status.data?.output ?? '')).pathname).toBe('/media/reel2a.mp4')
    const reels = ['reel1', 'reel2', 'reel3', 'reel2a', 'reel3a'].map((c) =>
      readFileSync(new URL(`../../simulator/media/${c}.mp4`, import.meta.url)),
    )
    // The avcC box (SPS and PPS) is byte for byte the same: they join without re-encoding.
    const avcC = (b: Buffer) => {
      const at = b.indexOf('avcC')
      return b.subarray(at - 4, at - 4 + b.readUInt32BE(at - 4)).toString('hex')
    }
    expect(new Set(reels.map(avcC)).size).toBe(1)
    // Only reel2a and reel3a have sound: an AAC sample entry.
    expect(reels.map((b) => b.includes('mp4a'))).toEqual([false, false, false, true, true])
    expect(reels.reduce((sum, b) => sum + b.length, 0)).toBeLessThan(4_000_000)
  })

  it('answers Range requests with 206 slices', async () => {
    const first = await sim.get('/media/landscape.mp4', { headers: { Range: 'bytes=0-99' } })
    expect(first.status).toBe(206)
    expect(first.headers.get('content-range')).toBe(`bytes 0-99/${landscape.length}`)
    expect(first.headers.get('content-length')).toBe('100')
    const firstBytes = await bytesOf(first)
    expect(firstBytes.equals(landscape.subarray(0, 100))).toBe(true)
    expect(firstBytes.subarray(4, 8).toString('latin1')).toBe('ftyp')

    const tail = await sim.get('/media/landscape.mp4', { headers: { Range: 'bytes=-50' } })
    expect(tail.headers.get('content-range')).toBe(
      `bytes ${landscape.length - 50}-${landscape.length - 1}/${landscape.length}`,
    )
    expect((await bytesOf(tail)).equals(landscape.subarray(-50))).toBe(true)

    const open = await sim.get('/media/landscape.mp4', { headers: { Range: 'bytes=1000-' } })
    expect(open.status).toBe(206)
    expect((await bytesOf(open)).equals(landscape.subarray(1000))).toBe(true)

    const clamped = await sim.get('/media/landscape.mp4', {
      headers: { Range: `bytes=10-${landscape.length * 2}` },
    })
    expect(clamped.headers.get('content-range')).toBe(
      `bytes 10-${landscape.length - 1}/${landscape.length}`,
    )
    await clamped.arrayBuffer()
  })

  it('answers 416 past the end and ignores malformed ranges', async () => {
    const past = await sim.get('/media/landscape.mp4', {
      headers: { Range: `bytes=${landscape.length}-` },
    })
    expect(past.status).toBe(416)
    expect(past.headers.get('content-range')).toBe(`bytes */${landscape.length}`)
    await past.arrayBuffer()
    const weird = await sim.get('/media/landscape.mp4', { headers: { Range: 'bytes=0-1,5-9' } })
    expect(weird.status).toBe(200)
    expect((await bytesOf(weird)).length).toBe(landscape.length)
  })

  it('answers HEAD with the length and no body', async () => {
    const res = await rawRequest(`${sim.url}/media/portrait.mp4`, 'HEAD')
    expect(res.status).toBe(200)
    expect(res.headers['content-length']).toBe(String(portrait.length))
    expect(res.headers['content-type']).toBe('video/mp4')
    expect(res.body.length).toBe(0)
  })

  it('404s other names and methods', async () => {
    const other = await sim.get('/media/secret.mp4', { key: null })
    expect(other.status).toBe(404)
    expect((await json<ErrorBody>(other)).error.message).toBe('Invalid URL (GET /media/secret.mp4)')
    expect((await sim.post('/media/landscape.mp4', {})).status).toBe(404)
  })
})

describe('GET /v1/videos/{id}/content (result=private)', () => {
  it('points the result at the relay and serves the right clip to the owner only', async () => {
    const id = await sim.create(
      { aspect_ratio: '9:16', prompt: 'x [sim result=private queue=0 len=0]' },
      { scenario: 'idstyle=colon' },
    )
    const s = await json<RealStatus>(await sim.get(statusPath(id)))
    const url = `${sim.url}/v1/videos/${encodeURIComponent(id)}/content`
    expect(s.data).toEqual({ output: url, outputs: [url] })
    expect(url).toContain('%3A')

    expect((await fetch(url)).status).toBe(401) // a <video src> cannot send the key
    const res = await fetch(url, { headers: { Authorization: `Bearer ${KEY}` } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('video/mp4')
    expect((await bytesOf(res)).equals(portrait)).toBe(true)

    const part = await fetch(url, {
      headers: { Authorization: `Bearer ${KEY}`, Range: 'bytes=0-7' },
    })
    expect(part.status).toBe(206)
    expect((await bytesOf(part)).subarray(4, 8).toString('latin1')).toBe('ftyp')

    const head = await rawRequest(url, 'HEAD', { Authorization: `Bearer ${KEY}` })
    expect([head.status, head.headers['content-length'], head.body.length]).toEqual([
      200,
      String(portrait.length),
      0,
    ])

    const stranger = await fetch(url, { headers: { Authorization: 'Bearer sk-sim-stranger' } })
    expect(stranger.status).toBe(404)
    expect((await json<ErrorBody>(stranger)).error.message).toMatch(/not found/)
  })

  it('?variant=thumbnail: the clip regardless (new-api), its first frame as a JPEG (thumb=image), or HTML labelled a JPEG (thumb=fake)', async () => {
    const thumbOf = async (thumb: string) => {
      const id = await sim.create({ prompt: `x [sim result=private queue=0 len=0 thumb=${thumb}]` })
      return sim.get(`/v1/videos/${id}/content?variant=thumbnail`)
    }
    const ignored = await thumbOf('video')
    expect(ignored.headers.get('content-type')).toBe('video/mp4')
    expect((await bytesOf(ignored)).equals(landscape)).toBe(true)
    const image = await thumbOf('image')
    expect(image.headers.get('content-type')).toBe('image/jpeg')
    const jpeg = await bytesOf(image)
    expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
    expect(
      jpeg.equals(readFileSync(new URL('../../simulator/media/landscape.jpg', import.meta.url))),
    ).toBe(true)
    const fake = await thumbOf('fake')
    expect(fake.headers.get('content-type')).toBe('image/jpeg')
    expect((await fake.text()).startsWith('<html>')).toBe(true)
  })

  it('404s a task that has not succeeded (yet) or does not exist', async () => {
    const running = await sim.create({ prompt: 'x [sim result=private]' })
    expect((await sim.get(`/v1/videos/${running}/content`)).status).toBe(404)
    const failed = await sim.create({ prompt: 'x [sim fail=other failat=0 queue=0]' })
    expect((await json<RealStatus>(await sim.get(statusPath(failed)))).status).toBe('FAILURE')
    expect((await sim.get(`/v1/videos/${failed}/content`)).status).toBe(404)
    expect((await sim.get('/v1/videos/task_none/content')).status).toBe(404)
    sim.advance(15)
    expect((await sim.get(`/v1/videos/${running}/content`)).status).toBe(200)
  })
})

describe('links that die and hosts that refuse browsers (linkttl, mediacors)', () => {
  /** A task finished now, and its public link as the status gives it. */
  async function finished(tag: string): Promise<{ id: string; link: string }> {
    const id = await sim.create({ prompt: `x [sim queue=0 len=1 ${tag}]` })
    sim.advance(1)
    const status = await json<RealStatus>(await sim.get(statusPath(id)))
    expect(status.status).toBe('SUCCESS')
    return { id, link: new URL(status.data!.output).pathname + new URL(status.data!.output).search }
  }

  it('linkttl: the link plays until its time is up, then answers 403; the relay still serves the file with the key', async () => {
    const { id, link } = await finished('linkttl=30')
    expect((await sim.get(link, { key: null })).status).toBe(200)
    sim.advance(30)
    expect((await bytesOf(await sim.get(link, { key: null }))).equals(landscape)).toBe(true)
    sim.advance(1)
    const dead = await sim.get(link, { key: null })
    expect(dead.status).toBe(403)
    expect(dead.headers.get('content-type')).toBe('application/xml')
    expect(await dead.text()).toContain('Request has expired')
    // Re-reading the status gives the same dead link; the content route still has the file.
    const again = await json<RealStatus>(await sim.get(statusPath(id)))
    expect(new URL(again.data!.output).pathname + new URL(again.data!.output).search).toBe(link)
    const content = await sim.get(`/v1/videos/${id}/content`)
    expect(content.status).toBe(200)
    expect((await bytesOf(content)).equals(landscape)).toBe(true)
  })

  it('links live for ever by default, and a header on the media request changes nothing', async () => {
    const { link } = await finished('')
    sim.advance(7 * 86_400)
    expect((await sim.get(link, { key: null, scenario: 'linkttl=1' })).status).toBe(200)
  })

  it('mediacors=0: the link carries no CORS header, while the API and the content route do', async () => {
    const { id, link } = await finished('mediacors=0')
    const media = await sim.get(link, { key: null })
    expect(media.status).toBe(200)
    expect(media.headers.get('access-control-allow-origin')).toBeNull()
    await media.arrayBuffer()
    expect((await sim.get(statusPath(id))).headers.get('access-control-allow-origin')).toBe('*')
    const content = await sim.get(`/v1/videos/${id}/content`)
    expect(content.headers.get('access-control-allow-origin')).toBe('*')
    await content.arrayBuffer()
    const other = await finished('')
    const ok = await sim.get(other.link, { key: null })
    expect(ok.headers.get('access-control-allow-origin')).toBe('*')
    await ok.arrayBuffer()
  })
})

describe('a relay without the content route (content=404|html)', () => {
  it('answers as an unrouted path for that task, and serves it for the others', async () => {
    const gone = await sim.create({ prompt: 'x [sim queue=0 len=1 content=404]' })
    const page = await sim.create({ prompt: 'x [sim queue=0 len=1 content=html]' })
    const served = await sim.create({ prompt: 'x [sim queue=0 len=1]' })
    sim.advance(1)
    const missing = await sim.get(`/v1/videos/${gone}/content`)
    expect(missing.status).toBe(404)
    expect((await json<ErrorBody>(missing)).error.message).toMatch(/Invalid URL/)
    const html = await sim.get(`/v1/videos/${page}/content`)
    expect([html.status, html.headers.get('content-type')]).toEqual([
      200,
      expect.stringMatching(/^text\/html/),
    ])
    await html.arrayBuffer()
    expect((await bytesOf(await sim.get(`/v1/videos/${served}/content`))).equals(landscape)).toBe(
      true,
    )
  })
})

describe('a slow media host (mediarate)', () => {
  it('trickles the clip in pieces, whole in the end', async () => {
    const id = await sim.create({
      prompt: `x [sim queue=0 len=1 mediarate=${Math.round(landscape.length * 2)}]`,
    })
    sim.advance(1)
    const status = await json<RealStatus>(await sim.get(statusPath(id)))
    const res = await fetch(status.data!.output)
    expect(res.headers.get('content-length')).toBe(String(landscape.length))
    const reader = res.body!.getReader()
    const pieces: Uint8Array[] = []
    for (let r = await reader.read(); !r.done; r = await reader.read()) pieces.push(r.value)
    expect(pieces.length).toBeGreaterThanOrEqual(5)
    expect(Buffer.concat(pieces).equals(landscape)).toBe(true)
  })
})
