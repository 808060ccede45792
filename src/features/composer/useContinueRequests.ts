import { useEffect, useRef } from 'react'
import { continueTaken, useContinueIntent, type ContinueFrom } from '../tasks/continueIntent.ts'

/**
 * A task's window sent its last frame ("Continue"): the composer takes it as it takes "Edit &
 * retry" — `take` puts it in the form (the latest `take` is used: it closes over the form).
 */
export function useContinueRequests(
  take: (request: { from: ContinueFrom; model: string; image: File }) => void,
) {
  const latest = useRef(take)
  useEffect(() => {
    latest.current = take
  })
  useEffect(
    () =>
      useContinueIntent.subscribe(({ request }) => {
        if (!request) return
        continueTaken()
        latest.current(request)
      }),
    [],
  )
}
