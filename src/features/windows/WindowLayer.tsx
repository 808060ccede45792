import { useOpenWindowIds } from './windowsStore.ts'
import { VideoWindow } from './VideoWindow.tsx'

/** The desktop the windows float on; loaded lazily, with react-rnd, when the first window opens. */
export default function WindowLayer() {
  const ids = useOpenWindowIds()
  return (
    <div className="pointer-events-none fixed inset-x-0 top-14 bottom-0">
      {ids.map((id) => (
        <VideoWindow key={id} id={id} />
      ))}
    </div>
  )
}
