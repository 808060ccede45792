import { TaskPollers } from '../tasks/TaskPollers.tsx'
import { CardWindow } from './CardWindow.tsx'
import { Dock } from './Dock.tsx'
import { useMediaQuery } from './useMediaQuery.ts'
import { useOpenWindowIds } from './windowsStore.ts'
import { VideoWindow } from './VideoWindow.tsx'

/**
 * The desktop the windows float on, with the dock; loaded lazily, with react-rnd, once
 * there is a task. Below 640 px wide, windows become full-width cards, newest first.
 * It also keeps every unfinished task polling, open window or not.
 */
export default function WindowLayer() {
  const ids = useOpenWindowIds()
  const narrow = useMediaQuery('(max-width: 639px)')
  return (
    <>
      <TaskPollers />
      {narrow ? (
        <div className="space-y-3 px-4 pb-14">
          {[...ids].reverse().map((id) => (
            <CardWindow key={id} id={id} />
          ))}
        </div>
      ) : (
        <div className="pointer-events-none fixed inset-x-0 top-14 bottom-11">
          {ids.map((id) => (
            <VideoWindow key={id} id={id} />
          ))}
        </div>
      )}
      <Dock />
    </>
  )
}
