/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { relaySimulator } from './simulator/src/vitePlugin.ts'
import { relayForward } from './simulator/src/relayForward.ts'

/**
 * What the built page may load: its own scripts and styles only (no inline code, no eval),
 * media and links from https relays or this machine, workers from itself. The dev server
 * goes without it: Vite's hot reload needs inline scripts and styles.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // …and the one stylesheet react-draggable adds while a window is dragged (by its hash).
  "style-src 'self' 'sha256-s8oZn728h+t0WNV6s+2xieaG3i2RB5cO2MMiUDIdinY='",
  "img-src 'self' data: blob: https:",
  "media-src 'self' blob: https: http://127.0.0.1:* http://localhost:*",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'none'",
].join('; ')

/** The policy as a <meta> in the built index.html, so it holds wherever `dist` is served. */
const contentSecurityPolicy = (): Plugin => ({
  name: 'sora-studio-csp',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP },
      injectTo: 'head-prepend',
    },
  ],
})

export default defineConfig(({ mode }) => ({
  // RELAY_TARGET=<a relay's base URL>: the dev and preview servers forward the app's relay
  // routes to it under /relay (for a relay that refuses browsers; README, "Forwarding").
  plugins: [
    react(),
    tailwindcss(),
    relaySimulator(),
    relayForward({ target: process.env.RELAY_TARGET }),
    contentSecurityPolicy(),
  ],
  build: {
    // Everything the first screen imports in one chunk beside the entry: left to itself the
    // bundler cut it into six (modules the lazy parts share), about 2 KB gzip more in all.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } },
    },
    ...(mode === 'profile' && { outDir: 'dist-profile' }),
  },
  // What a <meta> cannot say (framing) comes as headers where the preview server serves dist.
  preview: {
    headers: {
      'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    },
  },
  // `--mode profile`: React's profiling build, so <Profiler> reports in a production bundle
  // (the drag benchmark counts renders with it); built apart from the real `dist`.
  ...(mode === 'profile' && {
    resolve: { alias: [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }] },
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
