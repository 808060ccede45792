/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { relaySimulator } from './simulator/src/vitePlugin.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), relaySimulator()],
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
})
