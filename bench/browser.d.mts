import type { Page } from '@playwright/test'

export const median: (xs: number[]) => number
export const fmtMs: (ms: number) => string
export function openApp(o?: { mode?: string }): Promise<{
  page: Page
  appUrl: string
  close: () => Promise<void>
}>
export function launchApp(o?: { mode?: string }): Promise<{
  appUrl: string
  newPage: () => Promise<Page>
  close: () => Promise<void>
}>
export function now(page: Page): Promise<number>
export function longestBlock(page: Page, from: number, to: number): Promise<number>
export function openOnDemo(app: { appUrl: string; newPage: () => Promise<Page> }): Promise<Page>
