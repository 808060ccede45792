import { act, renderHook, waitFor } from '@testing-library/react'
import { relayId } from '../../src/api/relayId.ts'
import { useSettingsStore } from '../../src/features/settings/settingsStore.ts'
import { describe, expect, it } from 'vitest'
import { useComposerStore } from '../../src/features/composer/composerStore.ts'
import { useGenerate } from '../../src/features/composer/useGenerate.ts'
import { useTasksStore } from '../../src/features/tasks/tasksStore.ts'
import { connect, receivedCreates, setupSimulator } from './harness.tsx'

const sim = setupSimulator(0.05)

describe('useGenerate: the one way tasks are created from the form', () => {
  it('starts a batch of identical requests as that many tasks; a second press of the same batch is one intent', async () => {
    connect(sim().url, 'sk-sim-batch')
    // Room for every take at once (the queue's own limits are takes.test's).
    useSettingsStore.getState().actions.saved({ slotsByRelay: { [relayId(sim().url)]: 8 } })
    const { actions } = useComposerStore.getState()
    actions.modelChosen('sora-2-pro', { aspect: '9:16', duration: 15, hd: true })
    actions.promptChanged('A koi pond [sim queue=0 len=4]')
    const { result } = renderHook(() => useGenerate())

    let batch: string[] = []
    act(() => {
      batch = result.current.generate(3)
    })
    expect(batch).toHaveLength(3)
    expect(new Set(batch).size).toBe(3)
    // Each task keeps the video it asked for, as the profile read the form.
    for (const id of batch)
      expect(useTasksStore.getState().tasks[id]?.frame).toEqual({
        aspect: '9:16',
        hd: true,
        seconds: 15,
      })

    // A double click on the same batch sends nothing more…
    act(() => {
      expect(result.current.generate(3)).toEqual([])
    })
    // …but another request (a single take) is a new intent.
    act(() => {
      expect(result.current.generate(1)).toHaveLength(1)
    })

    await waitFor(async () =>
      expect(await receivedCreates(sim().url, 'sk-sim-batch')).toHaveLength(4),
    )
    const bodies = (await receivedCreates(sim().url, 'sk-sim-batch')).map((r) => r.body)
    expect(bodies).toEqual(
      Array(4).fill({
        model: 'sora-2-pro',
        prompt: 'A koi pond [sim queue=0 len=4]',
        aspect_ratio: '9:16',
        duration: '15',
        hd: true,
      }),
    )
  })

  it('starts nothing, and says why, when the prompt is empty', () => {
    connect(sim().url, 'sk-sim-empty')
    useComposerStore.getState().actions.promptChanged('   ')
    const { result } = renderHook(() => useGenerate())
    act(() => {
      expect(result.current.generate(2)).toEqual([])
    })
    expect(result.current.problems.prompt).toBe('composer.emptyPrompt')
    expect(useTasksStore.getState().tasks).toEqual({})
  })
})
