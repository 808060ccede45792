/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { relaySimulator } from './simulator/src/vitePlugin.ts'

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), relaySimulator()],
  // `--mode profile`: React's profiling build, so <Profiler> reports in a production bundle
  // (the drag benchmark counts renders with it); built apart from the real `dist`.
  ...(mode === 'profile' && {
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
    build: { outDir: 'dist-profile' },
  }),
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          globals: true,
          setupFiles: ['tests/setup.ts'],
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'simulator',
          environment: 'node',
          include: ['tests/simulator/**/*.test.ts'],
        },
      },
    ],
  },
}))
