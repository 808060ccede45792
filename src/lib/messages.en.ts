/** The ages of format.ts. */
export const libEn = {
  'history.ageSeconds': '{n} s ago',
  'history.ageMinutes': '{n} min ago',
  'history.ageHours': '{n} h ago',
  'history.ageDays': '{n} d ago',
}
