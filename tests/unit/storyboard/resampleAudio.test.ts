import { AudioSample } from 'mediabunny'
import { describe, expect, it } from 'vitest'
import { ClipResampler } from '../../../src/features/storyboard/resampleAudio.ts'

/** A tone as the decoder hands it over: chunks of 1024 frames, planar floats. */
function* tone(hz: number, rate: number, channels: number, seconds: number) {
  const total = Math.round(rate * seconds)
  for (let at = 0; at < total; at += 1024) {
    const frames = Math.min(1024, total - at)
    const data = new Float32Array(frames * channels)
    for (let c = 0; c < channels; c++)
      for (let i = 0; i < frames; i++)
        data[c * frames + i] = 0.5 * Math.sin((2 * Math.PI * hz * (at + i)) / rate)
    yield new AudioSample({
      data,
      format: 'f32-planar',
      numberOfChannels: channels,
      sampleRate: rate,
      timestamp: at / rate,
    })
  }
}

function run(hz: number, rate: number, channels: number) {
  const resampler = new ClipResampler()
  const left: number[] = []
  const right: number[] = []
  const starts: number[] = []
  for (const input of tone(hz, rate, channels, 1)) {
    const out = resampler.convert(input)
    expect([out.sampleRate, out.numberOfChannels]).toEqual([48_000, 2])
    starts.push(out.timestamp)
    const plane = new Float32Array(out.numberOfFrames)
    out.copyTo(plane, { planeIndex: 0, format: 'f32-planar' })
    left.push(...plane)
    out.copyTo(plane, { planeIndex: 1, format: 'f32-planar' })
    right.push(...plane)
  }
  return { left, right, starts }
}

describe('a clip’s sound made alike for the film (48 kHz, two channels)', () => {
  it('keeps the pitch and the length of 44.1 kHz mono sound, with no step at the chunks’ joins', () => {
    const { left, right, starts } = run(660, 44_100, 1)
    // One second in, one second out (±1 frame).
    expect(Math.abs(left.length - 48_000)).toBeLessThanOrEqual(1)
    // Mono plays in both channels.
    expect(right).toEqual(left)
    // 660 Hz still: two zero crossings a period.
    let crossings = 0
    for (let i = 1; i < left.length; i++) if (left[i - 1]! < 0 !== left[i]! < 0) crossings++
    expect(Math.abs(crossings / 2 - 660)).toBeLessThanOrEqual(2)
    // A 660 Hz tone of 0.5 moves at most 2π·660·0.5/48000 ≈ 0.043 a frame: never more, joins too.
    const steps = left.slice(1).map((v, i) => Math.abs(v - left[i]!))
    expect(Math.max(...steps)).toBeLessThan(0.05)
    // Each output chunk starts where its input did, give or take a frame.
    starts.forEach((t, k) =>
      expect(Math.abs(t - (k * 1024) / 44_100)).toBeLessThan(1 / 44_100 + 1e-9),
    )
  })

  it('passes 48 kHz stereo through sample for sample', () => {
    const { left } = run(440, 48_000, 2)
    expect(left).toHaveLength(48_000)
    expect(left[1200]).toBeCloseTo(0.5 * Math.sin((2 * Math.PI * 440 * 1200) / 48_000), 5)
  })
})
