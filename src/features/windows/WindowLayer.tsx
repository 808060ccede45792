import { TaskPollers } from '../tasks/TaskPollers.tsx'
import { Dock } from './Dock.tsx'
import { useOpenWindowIds } from './windowsStore.ts'
import { VideoWindow } from './VideoWindow.tsx'

/**
 * The desktop the windows float on, with the dock; loaded lazily, with react-rnd, once
 * there is a task. It also keeps every unfinished task polling, open window or not.
 */
export default function WindowLayer() {
  const ids = useOpenWindowIds()
  return (
    <>
      <TaskPollers />
      <div className="pointer-events-none fixed inset-x-0 top-14 bottom-11">
        {ids.map((id) => (
          <VideoWindow key={id} id={id} />
        ))}
      </div>
      <Dock />
    </>
  )
}
