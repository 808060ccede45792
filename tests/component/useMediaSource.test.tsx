import { renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RelayError } from '../../src/api/errors.ts'
import { relay } from '../../src/api/relay.ts'
import { relayId } from '../../src/api/relayId.ts'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { useMediaSource } from '../../src/features/tasks/useMediaSource.ts'
import './harness.tsx'

const A = 'https://relay.example.com/a'
const B = 'https://relay.example.com/b'
const LINK = 'https://relay.example.com/v1/videos/video_1/content'

afterEach(() => {
  vi.restoreAllMocks()
  useSettingsStore.getState().actions.forgotten()
})

describe('useMediaSource: the key goes only with the task’s own relay', () => {
  it('a link relay A gave is not fetched with relay B’s key, though B is on the same origin', () => {
    const fetchMedia = vi.spyOn(relay, 'fetchMedia')
    useSettingsStore.getState().actions.saved({ credentials: { baseUrl: B, apiKey: 'sk-b' } })
    const { result } = renderHook(() => useMediaSource(LINK, relayId(A)))
    expect(result.current.src).toBe(LINK) // played as a plain link, no key
    expect(fetchMedia).not.toHaveBeenCalled()
  })

  it('the task’s own relay, configured now, fetches its link with the key', async () => {
    const fetchMedia = vi
      .spyOn(relay, 'fetchMedia')
      .mockResolvedValue(new Blob(['mp4'], { type: 'video/mp4' }))
    useSettingsStore.getState().actions.saved({ credentials: { baseUrl: A, apiKey: 'sk-a' } })
    const { result } = renderHook(() => useMediaSource(LINK, relayId(A)))
    await waitFor(() => expect(result.current.src).toMatch(/^blob:/))
    expect(fetchMedia).toHaveBeenCalledWith(LINK, expect.anything())
  })
})

describe('useMediaSource: a link the page cannot read', () => {
  it.each([
    ['refuses pages (no CORS)', new RelayError('network')],
    ['has expired (403)', new RelayError('not_found', { status: 403 })],
  ])('whose host %s is handed to the <video> as it is', async (_, error) => {
    vi.spyOn(relay, 'fetchMedia').mockRejectedValue(error)
    useSettingsStore.getState().actions.saved({ credentials: { baseUrl: A, apiKey: 'sk-a' } })
    const { result } = renderHook(() => useMediaSource(LINK, relayId(A)))
    await waitFor(() => expect(result.current.src).toBe(LINK))
    expect(result.current.error).toBeNull()
  })

  it('a refused key is said as such', async () => {
    vi.spyOn(relay, 'fetchMedia').mockRejectedValue(new RelayError('auth', { status: 401 }))
    useSettingsStore.getState().actions.saved({ credentials: { baseUrl: A, apiKey: 'sk-a' } })
    const { result } = renderHook(() => useMediaSource(LINK, relayId(A)))
    await waitFor(() => expect(result.current.error).toBeInstanceOf(RelayError))
    expect(result.current.src).toBeNull()
  })
})

describe('useMediaSource: a link set aside and taken up again', () => {
  it('a kept file played meanwhile and was removed: the link loads afresh, never a revoked URL', async () => {
    const fetchMedia = vi
      .spyOn(relay, 'fetchMedia')
      .mockImplementation(() => Promise.resolve(new Blob(['mp4'], { type: 'video/mp4' })))
    const revoked = new Set<string>()
    const revoke = URL.revokeObjectURL.bind(URL)
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation((u) => {
      revoked.add(u)
      revoke(u)
    })
    useSettingsStore.getState().actions.saved({ credentials: { baseUrl: A, apiKey: 'sk-a' } })
    const initialProps: { url: string | null } = { url: LINK }
    const { result, rerender } = renderHook(({ url }) => useMediaSource(url, relayId(A)), {
      initialProps,
    })
    await waitFor(() => expect(result.current.src).toMatch(/^blob:/))
    const first = result.current.src ?? ''
    rerender({ url: null }) // the kept file plays instead
    expect(revoked).toContain(first)
    rerender({ url: LINK }) // the file was removed: back to the link
    expect(result.current.src).not.toBe(first)
    await waitFor(() => expect(result.current.src).toMatch(/^blob:/))
    expect(revoked).not.toContain(result.current.src)
    expect(fetchMedia).toHaveBeenCalledTimes(2)
  })
})
