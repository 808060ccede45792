// Finds a video's exact last frame, off the main thread: the frame with the greatest
// presentation time, decoded from the keyframe before it with WebCodecs (mediabunny reads the
// container and feeds the decoder; B-frames come out in presentation order). A <video> seek
// to the end can land a frame early; this cannot.
import { ALL_FORMATS, BlobSource, Input, VideoSampleSink } from 'mediabunny'

export type LastFrameAnswer =
  | { ok: true; image: Blob; timestamp: number; width: number; height: number }
  | { ok: false; reason: 'unreadable' | 'undecodable' }

async function lastFrame(file: Blob): Promise<LastFrameAnswer> {
  const input = new Input({ formats: ALL_FORMATS, source: new BlobSource(file) })
  try {
    const track = await input.getPrimaryVideoTrack().catch(() => null)
    if (!track) return { ok: false, reason: 'unreadable' }
    if (!(await track.canDecode())) return { ok: false, reason: 'undecodable' }
    // The last sample whose start is at or before the end: the last one shown.
    const end = await track.computeDuration()
    const sample = await new VideoSampleSink(track).getSample(end)
    if (!sample) return { ok: false, reason: 'unreadable' }
    try {
      const canvas = new OffscreenCanvas(sample.displayWidth, sample.displayHeight)
      const context = canvas.getContext('2d')
      if (!context) return { ok: false, reason: 'undecodable' }
      sample.draw(context, 0, 0)
      // PNG: the frame as decoded, with no second lossy step before the composer fits it.
      const image = await canvas.convertToBlob({ type: 'image/png' })
      return {
        ok: true,
        image,
        timestamp: sample.timestamp,
        width: sample.displayWidth,
        height: sample.displayHeight,
      }
    } finally {
      sample.close()
    }
  } finally {
    input.dispose()
  }
}

self.onmessage = (e: MessageEvent<Blob>) => {
  lastFrame(e.data).then(
    (answer) => postMessage(answer),
    () => postMessage({ ok: false, reason: 'unreadable' } satisfies LastFrameAnswer),
  )
}
