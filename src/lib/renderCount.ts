import type { ProfilerOnRenderCallback } from 'react'

/**
 * React's Profiler callback for the drag benchmark: counts commits per window's content in
 * `window.__windowRenders` when a benchmark asked for it. Production builds never call it;
 * a profiling build (`vite build --mode profile`) does.
 */
export const countRender: ProfilerOnRenderCallback = (id) => {
  const counts = (window as { __windowRenders?: Record<string, number> }).__windowRenders
  if (counts) counts[id] = (counts[id] ?? 0) + 1
}
