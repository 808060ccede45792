import type { StringsPart } from '../../lib/i18n/i18n.ts'

/** The doctor's strings: loaded with the doctor, in the settings dialog. */
export const doctorStrings: StringsPart = {
  en: () => import('./messages.en.ts').then((m) => m.doctorEn),
  zh: () => import('./messages.zh.ts').then((m) => m.doctorZh),
}
