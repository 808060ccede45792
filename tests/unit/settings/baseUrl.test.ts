import { describe, expect, it } from 'vitest'
import { normaliseBaseUrl } from '../../../src/features/settings/baseUrl.ts'

describe('normaliseBaseUrl', () => {
  it.each([
    ['https://api.example.com', 'https://api.example.com', null],
    ['https://api.example.com/', 'https://api.example.com', null],
    ['  https://api.example.com//  ', 'https://api.example.com', null],
    [
      'https://api.example.com/v2/videos/generations',
      'https://api.example.com',
      '/v2/videos/generations',
    ],
    [
      'https://api.example.com/v1/chat/completions',
      'https://api.example.com',
      '/v1/chat/completions',
    ],
    ['https://api.example.com/v1', 'https://api.example.com', '/v1'],
    [
      'https://api.example.com/relay/v2/videos/generations/abc',
      'https://api.example.com/relay',
      '/v2/videos/generations/abc',
    ],
    ['https://api.example.com/relay/', 'https://api.example.com/relay', null],
    ['https://api.example.com/?token=x', 'https://api.example.com', '?token=x'],
    ['api.example.com', 'https://api.example.com', null],
    ['http://localhost:8787', 'http://localhost:8787', null],
    ['http://127.0.0.1:5173/sim/', 'http://127.0.0.1:5173/sim', null],
    ['http://[::1]:9000', 'http://[::1]:9000', null],
  ])('%s → %s', (raw, url, removed) => {
    expect(normaliseBaseUrl(raw)).toEqual({ ok: true, url, removed })
  })

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['http://api.example.com', 'insecure'],
    ['http://192.168.1.10:3000', 'insecure'],
    ['ftp://api.example.com', 'invalid'],
    ['javascript:alert(1)', 'invalid'],
    ['https://user:pw@api.example.com', 'invalid'],
    ['https://', 'invalid'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(normaliseBaseUrl(raw)).toEqual({ ok: false, reason })
  })
})
