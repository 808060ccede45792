import { loadStringsPart } from '../lib/i18n/i18n.ts'
import { doctorStrings } from '../features/doctor/strings.ts'
import { storyboardStrings } from '../features/storyboard/strings.ts'

// Parts shown after the first screen, each with its strings. Loaded from here (a chunk of its
// own) so that even where their strings are fetched from stays off the first screen.

/** The relay doctor, in the settings dialog. */
export const loadDoctorPanel = () =>
  Promise.all([import('../features/doctor/DoctorPanel.tsx'), loadStringsPart(doctorStrings)]).then(
    ([m]) => m,
  )

/** Storyboards. */
export const loadStoryboardView = () =>
  Promise.all([
    import('../features/storyboard/StoryboardView.tsx'),
    loadStringsPart(storyboardStrings),
  ]).then(([m]) => m)
