import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { guardedJSONStorage, registerRewrite } from '../../lib/storageHealth.ts'

/** How the app tells that a job ended: both off until the creator chooses them. */
export interface AlertPrefs {
  /** A desktop notification when a job finishes or fails while the tab is not looked at. */
  notify: boolean
  /** A short chime when a job finishes or fails. */
  sound: boolean
}

const defaults: AlertPrefs = { notify: false, sound: false }

/** Nothing secret: plain localStorage, like the keep setting. */
export const useAlertPrefs = create<AlertPrefs & { actions: { saved: (p: AlertPrefs) => void } }>()(
  persist((set) => ({ ...defaults, actions: { saved: (p) => set(p) } }), {
    name: 'sora-studio.alerts',
    storage: guardedJSONStorage(),
    partialize: ({ notify, sound }) => ({ notify, sound }),
    merge: (stored, current) => {
      const s = (stored ?? {}) as Partial<Record<keyof AlertPrefs, unknown>>
      return { ...current, notify: s.notify === true, sound: s.sound === true }
    },
  }),
)
registerRewrite(() => useAlertPrefs.setState({}))
// Chosen in one tab, in force in the tab that works for all.
if (typeof addEventListener === 'function')
  addEventListener('storage', (e) => {
    if (e.key === useAlertPrefs.persist.getOptions().name) void useAlertPrefs.persist.rehydrate()
  })

export const alertPrefs = (): AlertPrefs => {
  const { notify, sound } = useAlertPrefs.getState()
  return { notify, sound }
}

/** What the browser says of notifications for this site. */
export type NotifyPermission = NotificationPermission | 'unsupported'

export const notifyPermission = (): NotifyPermission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission

/** Asks the browser (only ever from a click): what it answers, or 'unsupported'. */
export async function askNotifyPermission(): Promise<NotifyPermission> {
  if (typeof Notification === 'undefined') return 'unsupported'
  if (Notification.permission !== 'default') return Notification.permission
  try {
    return await Notification.requestPermission()
  } catch {
    return Notification.permission
  }
}

let audio: AudioContext | null = null

/** Two soft notes (no file to fetch): the job is done. Quietly nothing where audio is refused. */
export function playChime(): void {
  try {
    audio ??= new AudioContext()
    const at = audio.currentTime
    for (const [i, hz] of [880, 1320].entries()) {
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = hz
      gain.gain.setValueAtTime(0.0001, at + i * 0.16)
      gain.gain.exponentialRampToValueAtTime(0.2, at + i * 0.16 + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, at + i * 0.16 + 0.3)
      tone.connect(gain).connect(audio.destination)
      tone.start(at + i * 0.16)
      tone.stop(at + i * 0.16 + 0.32)
    }
  } catch {
    // No audio here (or not yet allowed): the title and the notification still tell.
  }
}
