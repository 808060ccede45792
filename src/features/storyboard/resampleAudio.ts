import { AudioSample } from 'mediabunny'

/**
 * Brings one clip's sound to the film's: two channels at 48 kHz, as float planes. mediabunny's
 * encoder takes one sample rate and channel count for a whole track (its own resampler is set
 * by the first sample), so clips whose sound differs are made alike here, before it. Linear
 * interpolation, carried across the clip's samples so their joins do not click; a mono clip
 * plays in both channels, a clip of more than two keeps its first two.
 */
export class ClipResampler {
  static readonly RATE = 48_000
  static readonly CHANNELS = 2
  /** Where the next output frame falls, in input frames from the start of the next input. */
  private at = 0
  /** The last input frame of the sample before, per output channel (interpolated from). */
  private last: [number, number] | null = null

  convert(sample: AudioSample): AudioSample {
    const frames = sample.numberOfFrames
    const planes: Float32Array[] = []
    for (let c = 0; c < Math.min(2, sample.numberOfChannels); c++) {
      const plane = new Float32Array(frames)
      sample.copyTo(plane, { planeIndex: c, format: 'f32-planar' })
      planes.push(plane)
    }
    const left = planes[0]!
    const right = planes[1] ?? left
    const step = sample.sampleRate / ClipResampler.RATE
    const outL: number[] = []
    const outR: number[] = []
    const value = (plane: Float32Array, side: 0 | 1, i: number) =>
      i < 0 ? (this.last?.[side] ?? plane[0] ?? 0) : (plane[i] ?? plane[frames - 1] ?? 0)
    // `at` may be in (-1, 0): between the sample before's last frame and this one's first.
    const start = this.last ? this.at : Math.max(0, this.at)
    let t = start
    for (; t <= frames - 1; t += step) {
      const i = Math.floor(t)
      const f = t - i
      outL.push(value(left, 0, i) * (1 - f) + value(left, 0, i + 1) * f)
      outR.push(value(right, 1, i) * (1 - f) + value(right, 1, i + 1) * f)
    }
    this.at = t - frames
    if (frames > 0) this.last = [left[frames - 1]!, right[frames - 1]!]
    const data = new Float32Array(outL.length * 2)
    data.set(outL, 0)
    data.set(outR, outL.length)
    return new AudioSample({
      data,
      format: 'f32-planar',
      numberOfChannels: ClipResampler.CHANNELS,
      sampleRate: ClipResampler.RATE,
      // The first output frame's time: where `start` falls in this sample.
      timestamp: sample.timestamp + start / sample.sampleRate,
    })
  }
}
