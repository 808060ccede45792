import { describe, expect, it, vi } from 'vitest'
import { normalizeModels, normalizeQuota } from '../../../src/api/normalize.ts'
import {
  normalizeProgress,
  normalizeStatus,
  normalizeTask,
} from '../../../src/api/normalizeTask.ts'
import { classifyFailure } from '../../../src/api/classifyFailure.ts'

const BASE = 'https://relay.example.com'

describe('normalizeStatus', () => {
  it.each([
    // the guide's words
    ['NOT_START', 'queued'],
    ['IN_PROGRESS', 'running'],
    ['SUCCESS', 'succeeded'],
    ['FAILURE', 'failed'],
    // the relay's extra words
    ['SUBMITTED', 'queued'],
    ['QUEUED', 'queued'],
    ['UNKNOWN', 'running'],
    ['FAIL', 'failed'],
    // OpenAI-style routes, lower case
    ['queued', 'queued'],
    ['pending', 'queued'],
    ['processing', 'running'],
    ['in_progress', 'running'],
    ['completed', 'succeeded'],
    ['succeeded', 'succeeded'],
    ['failed', 'failed'],
    ['cancelled', 'failed'],
    // any letter case, stray spaces
    ['Success', 'succeeded'],
    [' in_Progress ', 'running'],
    // missing: a create answer carries no status
    [undefined, 'queued'],
    [null, 'queued'],
    ['', 'queued'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeStatus(raw)).toBe(expected)
  })

  it('keeps an unknown status polling and logs it once, never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(normalizeStatus('WARMING_UP')).toBe('running')
    expect(normalizeStatus('WARMING_UP')).toBe('running')
    expect(normalizeStatus(42)).toBe('running')
    expect(warn).toHaveBeenCalledTimes(2)
    expect(warn.mock.calls[0]?.[0]).toContain('WARMING_UP')
    warn.mockRestore()
  })
})

describe('normalizeProgress', () => {
  it.each([
    [45, 45],
    ['45%', 45],
    ['45', 45],
    [' 45 % ', 45],
    ['12.5%', 12.5],
    ['0%', 0],
    ['100%', 100],
    [150, 100],
    ['-5%', 0],
    [undefined, null],
    [null, null],
    ['', null],
    ['almost', null],
    [Number.NaN, null],
    [{}, null],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeProgress(raw)).toBe(expected)
  })
})

describe('normalizeTask: the relay shape and the guide shape side by side', () => {
  it('reads a running task in both shapes', () => {
    const real = {
      task_id: 't1',
      status: 'IN_PROGRESS',
      progress: '30%',
      data: null,
      fail_reason: '',
    }
    const guide = { task_id: 't1', status: 'IN_PROGRESS', progress: 30, video_url: null }
    const expected = { id: 't1', status: 'running', progress: 30, videoUrl: null, failure: null }
    expect(normalizeTask(real, 'x', BASE)).toEqual(expected)
    expect(normalizeTask(guide, 'x', BASE)).toEqual(expected)
  })

  it('reads a success in both shapes', () => {
    const url = 'https://cdn.example.com/v.mp4'
    const real = {
      task_id: 't1',
      status: 'SUCCESS',
      progress: '100%',
      data: { output: url, outputs: [url] },
    }
    const guide = { task_id: 't1', status: 'SUCCESS', progress: 100, video_url: url }
    for (const shape of [real, guide]) {
      expect(normalizeTask(shape, 'x', BASE)).toMatchObject({
        status: 'succeeded',
        videoUrl: url,
        progress: 100,
      })
    }
  })

  it.each([
    [
      'data.output',
      {
        data: { output: 'https://a/1.mp4', outputs: ['https://a/2.mp4'] },
        video_url: 'https://a/3.mp4',
      },
      'https://a/1.mp4',
    ],
    [
      'data.outputs[0]',
      { data: { output: '', outputs: ['https://a/2.mp4'] }, video_url: 'https://a/3.mp4' },
      'https://a/2.mp4',
    ],
    [
      'video_url',
      { data: null, video_url: 'https://a/3.mp4', url: 'https://a/4.mp4' },
      'https://a/3.mp4',
    ],
    ['url', { url: 'https://a/4.mp4', result_url: 'https://a/5.mp4' }, 'https://a/4.mp4'],
    [
      'result_url',
      { result_url: 'https://a/5.mp4', metadata: { url: 'https://a/6.mp4' } },
      'https://a/5.mp4',
    ],
    ['metadata.url', { metadata: { url: 'https://a/6.mp4' } }, 'https://a/6.mp4'],
    [
      'a path on the relay itself',
      { url: '/v1/videos/t1/content' },
      `${BASE}/v1/videos/t1/content`,
    ],
  ])('finds the video at %s, in the notes’ order', (_where, fields, expected) => {
    expect(
      normalizeTask({ task_id: 't1', status: 'completed', ...fields }, 'x', BASE).videoUrl,
    ).toBe(expected)
  })

  it('treats a success without any video as a failure, not an endless wait', () => {
    const snap = normalizeTask(
      { task_id: 't1', status: 'SUCCESS', data: { output: '', outputs: [] } },
      'x',
      BASE,
    )
    expect(snap).toMatchObject({ status: 'failed', videoUrl: null, failure: { kind: 'no_video' } })
  })

  it.each([
    'javascript:alert(1)',
    'ftp://files.example.com/v.mp4',
    'http://cdn.example.com/v.mp4',
    'data:video/mp4;base64,AAAA',
  ])('refuses an unsafe link %s', (url) => {
    const snap = normalizeTask({ task_id: 't1', status: 'SUCCESS', video_url: url }, 'x', BASE)
    expect(snap.status).toBe('failed')
    expect(snap.videoUrl).toBeNull()
    expect(snap.failure?.kind).toBe('unsafe_url')
  })

  it('accepts http only on loopback, and only from a relay on loopback too', () => {
    for (const host of ['localhost:8787', '127.0.0.1:5173', '[::1]:9000']) {
      const url = `http://${host}/media/landscape.mp4`
      const local = 'http://127.0.0.1:8787'
      expect(normalizeTask({ status: 'SUCCESS', video_url: url }, 'x', local).videoUrl).toBe(
        new URL(url).href,
      )
      // A remote relay handing out a link to this machine is probing it.
      const remote = normalizeTask({ status: 'SUCCESS', video_url: url }, 'x', BASE)
      expect(remote.videoUrl).toBeNull()
      expect(remote.failure?.kind).toBe('unsafe_url')
    }
  })

  it('reads failures: the guide’s error object and the relay’s free-text fail_reason', () => {
    const guide = {
      task_id: 't',
      status: 'FAILURE',
      error: { code: 'image_review_failed', message: '图片包含真人，无法生成' },
    }
    const real = {
      task_id: 't',
      status: 'FAILURE',
      fail_reason: '图片审核未通过：检测到真实人物，请更换图片',
      data: null,
    }
    expect(normalizeTask(guide, 'x', BASE).failure).toEqual({
      kind: 'image_review',
      reason: '图片包含真人，无法生成',
    })
    expect(normalizeTask(real, 'x', BASE).failure).toEqual({
      kind: 'image_review',
      reason: '图片审核未通过：检测到真实人物，请更换图片',
    })
  })

  it('marks a cancelled task as such', () => {
    expect(
      normalizeTask({ id: 'v', object: 'video', status: 'cancelled' }, 'x', BASE).failure?.kind,
    ).toBe('cancelled')
  })

  it('falls back to the id it asked for, and reads an OpenAI video object', () => {
    expect(normalizeTask({ status: 'queued' }, 'asked', BASE).id).toBe('asked')
    expect(
      normalizeTask(
        { id: 'video_1', object: 'video', status: 'in_progress', progress: 12 },
        'x',
        BASE,
      ),
    ).toMatchObject({
      id: 'video_1',
      status: 'running',
      progress: 12,
    })
  })
})

describe('classifyFailure', () => {
  it.each([
    ['image_review_failed', '', 'image_review'],
    ['prompt_review_failed', '', 'prompt_review'],
    ['result_review_failed', '', 'result_review'],
    [undefined, '图片审核未通过：检测到真实人物', 'image_review'],
    [undefined, '提示词包含违规内容，审核未通过', 'prompt_review'],
    [undefined, '生成结果未通过内容审核 (sensitive content)', 'result_review'],
    [undefined, 'Your request was rejected by the safety review', 'content_review'],
    [undefined, '内容违规', 'content_review'],
    [undefined, 'The input image contains sensitive content', 'image_review'],
    [undefined, '上游服务错误：生成失败，请稍后重试', 'generic'],
    [undefined, '', 'generic'],
    [undefined, 'task cancelled by user', 'cancelled'],
    // the guide's own messages, sent as free text without their code
    [undefined, '图片包含真人，无法生成', 'image_review'],
    [undefined, '提示词包含违规内容', 'prompt_review'],
    [undefined, '生成结果未通过审查', 'result_review'],
    [undefined, 'Request cancelled: violates content policy', 'content_review'],
  ])('%s / %s → %s', (code, text, expected) => {
    expect(classifyFailure(code, text)).toBe(expected)
  })
})

describe('normalizeQuota', () => {
  it('reads the relay’s shape: quota is what remains', () => {
    expect(
      normalizeQuota({
        id: 1,
        name: 'k',
        quota: 750000,
        unlimited_quota: false,
        used_quota: 250000,
      }),
    ).toEqual({
      unlimited: false,
      remaining: 750000,
      used: 250000,
      total: 1000000,
    })
  })
  it('reads the guide’s shape', () => {
    expect(
      normalizeQuota({ total_quota: 1000000, used_quota: 250000, remaining_quota: 750000 }),
    ).toEqual({
      unlimited: false,
      remaining: 750000,
      used: 250000,
      total: 1000000,
    })
  })
  it('derives what is missing, reads numeric strings, and flags unlimited', () => {
    expect(normalizeQuota({ total_quota: '1000', used_quota: '400' })).toMatchObject({
      remaining: 600,
      total: 1000,
    })
    expect(normalizeQuota({ quota: 0, used_quota: 5, unlimited_quota: true }).unlimited).toBe(true)
    expect(normalizeQuota({ quota: 'lots' })).toEqual({
      unlimited: false,
      remaining: null,
      used: null,
      total: null,
    })
  })
})

describe('normalizeModels', () => {
  it('reads OpenAI’s list, bare arrays, and skips junk', () => {
    expect(
      normalizeModels({
        object: 'list',
        data: [{ id: 'sora-2' }, { id: 'veo3' }, { id: 'sora-2' }, {}, null],
      }),
    ).toEqual({ ids: ['sora-2', 'veo3'], hints: {} })
    expect(normalizeModels(['a', { id: 'b' }, 3]).ids).toEqual(['a', 'b', '3'])
    expect(normalizeModels({ data: 'nope' })).toEqual({ ids: [], hints: {} })
  })
})
