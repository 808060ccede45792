// Joins a storyboard's kept clips into one MP4, off the main thread. Where every clip has the
// same codec string, parameter sets (SPS/PPS, in the avcC) and size, the encoded packets are
// copied with their times moved on (no quality lost, about as fast as the disk); otherwise
// each frame is decoded and re-encoded with WebCodecs to the first shot's size. Sound is
// copied where every clip has it alike, re-encoded to Opus where they differ (this Chromium
// has no AAC encoder), and dropped, said so, where some clips have none.
import {
  ALL_FORMATS,
  AudioSampleSink,
  AudioSampleSource,
  BlobSource,
  BufferTarget,
  EncodedAudioPacketSource,
  EncodedPacketSink,
  EncodedVideoPacketSource,
  Input,
  Mp4OutputFormat,
  Output,
  QUALITY_HIGH,
  QUALITY_MEDIUM,
  VideoSampleSink,
  VideoSampleSource,
  canEncodeAudio,
  getFirstEncodableVideoCodec,
  type InputAudioTrack,
  type InputVideoTrack,
} from 'mediabunny'
import { ClipResampler } from './resampleAudio.ts'

export type JoinAnswer =
  | { progress: number }
  | {
      ok: true
      film: ArrayBuffer
      video: 'copy' | 'encode'
      audio: 'copy' | 'opus' | 'dropped' | 'none'
      width: number
      height: number
      seconds: number
    }
  | { ok: false; reason: 'unreadable' | 'unsupported' | 'failed'; shot?: number }

interface Clip {
  input: Input
  video: InputVideoTrack
  audio: InputAudioTrack | null
  /** Where the clip's own time starts (an AAC priming packet may start before 0). */
  start: number
  seconds: number
}

class Unreadable extends Error {
  constructor(readonly shot: number) {
    super('unreadable')
  }
}

async function open(files: Blob[]): Promise<Clip[]> {
  return Promise.all(
    files.map(async (file, i) => {
      const input = new Input({ source: new BlobSource(file), formats: ALL_FORMATS })
      const video = await input.getPrimaryVideoTrack().catch(() => null)
      if (!video) throw new Unreadable(i + 1)
      const audio = await input.getPrimaryAudioTrack().catch(() => null)
      const tracks = audio ? [video, audio] : [video]
      const start = Math.max(0, await input.getFirstTimestamp(tracks))
      return { input, video, audio, start, seconds: (await input.computeDuration(tracks)) - start }
    }),
  )
}

const bytes = (d?: AllowSharedBufferSource) =>
  !d
    ? new Uint8Array()
    : ArrayBuffer.isView(d)
      ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength)
      : new Uint8Array(d)

/** The same decoder configuration: every field, and the description (avcC: SPS and PPS) byte for byte. */
function same(
  a: VideoDecoderConfig | AudioDecoderConfig,
  b: VideoDecoderConfig | AudioDecoderConfig,
) {
  const [x, y] = [bytes(a.description), bytes(b.description)]
  return (
    JSON.stringify({ ...a, description: 0 }) === JSON.stringify({ ...b, description: 0 }) &&
    x.length === y.length &&
    x.every((v, i) => v === y[i])
  )
}

/** What the page asks: the clips in order; `reencode` re-encodes even clips that could be copied. */
export interface JoinRequest {
  files: Blob[]
  reencode?: boolean
}

async function join(
  { files, reencode = false }: JoinRequest,
  tell: (progress: number) => void,
): Promise<JoinAnswer> {
  const clips = await open(files)
  try {
    const first = clips[0]!
    const firstConfig = await first.video.getDecoderConfig()
    if (!firstConfig) return { ok: false, reason: 'unsupported', shot: 1 }
    const width = await first.video.getDisplayWidth()
    const height = await first.video.getDisplayHeight()
    let copyVideo = !reencode
    for (const c of clips) {
      const config = await c.video.getDecoderConfig()
      if (
        (await c.video.getCodec()) !== 'avc' ||
        !config ||
        !same(firstConfig, config) ||
        (await c.video.getDisplayWidth()) !== width ||
        (await c.video.getDisplayHeight()) !== height
      )
        copyVideo = false
    }
    // Sound: alike everywhere (copied), different (Opus), or missing from some (dropped).
    const withSound = clips.filter((c) => c.audio)
    const audioConfig = first.audio ? await first.audio.getDecoderConfig() : null
    let audio: 'copy' | 'opus' | 'dropped' | 'none' = 'none'
    if (withSound.length > 0 && withSound.length < clips.length) audio = 'dropped'
    else if (withSound.length === clips.length && audioConfig) {
      audio = 'copy'
      for (const c of clips) {
        const config = await c.audio!.getDecoderConfig()
        if (!config || !same(audioConfig, config)) audio = 'opus'
      }
      if (
        audio === 'opus' &&
        !(await canEncodeAudio('opus', {
          numberOfChannels: ClipResampler.CHANNELS,
          sampleRate: ClipResampler.RATE,
        }))
      )
        audio = 'dropped'
    }

    const output = new Output({
      format: new Mp4OutputFormat({ fastStart: 'in-memory' }),
      target: new BufferTarget(),
    })
    const codec = copyVideo ? 'avc' : await getFirstEncodableVideoCodec(['avc'], { width, height })
    if (!codec) return { ok: false, reason: 'unsupported' }
    const copied = copyVideo ? new EncodedVideoPacketSource('avc') : null
    // Later shots of another size are fitted into the first one's frame (letterboxed).
    const encoded = copyVideo
      ? null
      : new VideoSampleSource({ codec, quality: QUALITY_HIGH, sizeChangeBehavior: 'contain' })
    output.addVideoTrack((copied ?? encoded)!)
    const audioCodec = audio === 'copy' ? await first.audio!.getCodec() : null
    const soundCopied =
      audio === 'copy' && audioCodec ? new EncodedAudioPacketSource(audioCodec) : null
    const soundEncoded =
      audio === 'opus'
        ? // Its samples arrive alike already (ClipResampler): the encoder takes one format.
          new AudioSampleSource({ codec: 'opus', quality: QUALITY_MEDIUM })
        : null
    const sound = soundCopied ?? soundEncoded
    if (sound) output.addAudioTrack(sound)
    await output.start()

    const total = clips.reduce((sum, c) => sum + c.seconds, 0)
    let offset = 0
    let firstVideo = true
    let firstAudio = true
    let audioEnd = -Infinity
    let told = 0
    const progress = (t: number) => {
      const now = performance.now()
      if (now - told < 100) return
      told = now
      tell(Math.min(1, t / total))
    }
    try {
      for (const c of clips) {
        if (copied) {
          for await (const p of new EncodedPacketSink(c.video).packets()) {
            const t = p.timestamp - c.start + offset
            await copied.add(
              p.clone({ timestamp: t }),
              firstVideo ? { decoderConfig: firstConfig } : undefined,
            )
            firstVideo = false
            progress(t)
          }
        } else if (encoded) {
          for await (const s of new VideoSampleSink(c.video).samples(c.start)) {
            const t = s.timestamp - c.start + offset
            s.setTimestamp(t)
            try {
              await encoded.add(s)
            } finally {
              s.close()
            }
            progress(t)
          }
        }
        if (soundCopied && c.audio) {
          for await (const p of new EncodedPacketSink(c.audio).packets()) {
            const t = p.timestamp - c.start + offset
            if (t < audioEnd - 1e-6) continue // a later clip's priming: sound never runs back
            await soundCopied.add(
              p.clone({ timestamp: t }),
              firstAudio && audioConfig ? { decoderConfig: audioConfig } : undefined,
            )
            firstAudio = false
            audioEnd = t + p.duration
          }
        } else if (soundEncoded && c.audio) {
          const resampler = new ClipResampler()
          for await (const s of new AudioSampleSink(c.audio).samples(c.start)) {
            s.setTimestamp(s.timestamp - c.start + offset)
            const alike = resampler.convert(s)
            s.close()
            // The clip's sound ends with the clip: none runs over into the next shot.
            if (alike.timestamp >= offset + c.seconds) {
              alike.close()
              continue
            }
            try {
              await soundEncoded.add(alike)
            } finally {
              alike.close()
            }
          }
        }
        offset += c.seconds
      }
      await output.finalize()
    } catch (e) {
      await output.cancel().catch(() => {})
      throw e
    }
    const film = output.target.buffer
    if (!film) return { ok: false, reason: 'failed' }
    return {
      ok: true,
      film,
      video: copyVideo ? 'copy' : 'encode',
      audio,
      width,
      height,
      seconds: total,
    }
  } finally {
    clips.forEach((c) => c.input.dispose())
  }
}

self.onmessage = (e: MessageEvent<JoinRequest>) => {
  join(e.data, (progress) => postMessage({ progress } satisfies JoinAnswer)).then(
    (answer) => postMessage(answer, { transfer: 'film' in answer ? [answer.film] : [] }),
    (error: unknown) => {
      postMessage({
        ok: false,
        reason: error instanceof Unreadable ? 'unreadable' : 'failed',
        ...(error instanceof Unreadable && { shot: error.shot }),
      } satisfies JoinAnswer)
    },
  )
}
