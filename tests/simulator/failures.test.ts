// Failing tasks: the four hard failures in both shapes, no_video, unsafe_url, bad tags.
import { describe, expect, it } from 'vitest'
import { guideStatus, realStatus, simulatorForFile } from './helpers.ts'

const sim = simulatorForFile({ defaults: { unlimited: true } }) // many tasks on one key

const real = (id: string, scenario?: string) => realStatus(sim, id, scenario)
const guide = (id: string, scenario?: string) => guideStatus(sim, id, scenario)

describe('failures', () => {
  const cases = [
    ['image_review', '图片审核未通过：检测到真实人物，请更换图片', 'image_review_failed'],
    ['prompt_review', '提示词包含违规内容，审核未通过', 'prompt_review_failed'],
    ['result_review', '生成结果未通过内容审核 (sensitive content)', 'result_review_failed'],
    ['other', '上游服务错误：生成失败，请稍后重试', 'generation_failed'],
  ] as const
  it.each(cases)('fail=%s fails at failat in both shapes', async (kind, text, code) => {
    const created = sim.now()
    const id = await sim.create({ prompt: `x [sim fail=${kind} failat=0.4]` })
    sim.advance(3 + 12 * 0.39)
    expect((await real(id)).status).toBe('IN_PROGRESS')
    sim.advance(12 * 0.02)
    const r = await real(id)
    expect([r.status, r.progress, r.fail_reason, r.data]).toEqual(['FAILURE', '40%', text, null])
    expect(r.finish_time).toBe(Math.floor((created + 3000 + 0.4 * 12_000) / 1000))
    sim.advance(60)
    const g = await guide(id)
    expect([g.status, g.progress, g.video_url]).toEqual(['FAILURE', 40, null])
    expect(g.error).toEqual({ code, message: text })
  })

  it('defaults failat to 0.5, and a header can set fail for one create', async () => {
    const id = await sim.create({}, { scenario: 'fail=other' })
    sim.advance(3 + 6)
    expect((await real(id)).progress).toBe('50%')
    expect((await real(id)).status).toBe('FAILURE')
  })

  it('fail=no_video succeeds without any URL', async () => {
    const id = await sim.create({ prompt: 'x [sim fail=no_video queue=0 len=0]' })
    const r = await real(id)
    expect([r.status, r.data]).toEqual(['SUCCESS', { output: '', outputs: [] }])
    const g = await guide(id)
    expect([g.status, g.video_url]).toEqual(['SUCCESS', null])
  })

  it('fail=unsafe_url succeeds with javascript: (default) or ftp: (unsafe=ftp)', async () => {
    const js = await sim.create({ prompt: 'x [sim fail=unsafe_url queue=0 len=0]' })
    expect((await real(js)).data).toEqual({
      output: 'javascript:alert(1)',
      outputs: ['javascript:alert(1)'],
    })
    expect((await guide(js)).video_url).toBe('javascript:alert(1)')
    const ftp = await sim.create({ prompt: 'x [sim fail=unsafe_url unsafe=ftp queue=0 len=0]' })
    expect((await real(ftp)).data?.output).toMatch(/^ftp:\/\//)
  })

  it('ignores unknown keys and bad values in tags and headers', async () => {
    const id = await sim.create(
      { prompt: 'x [sim fail=explode queue=-4 colour=red] [SIM len=abc]' },
      { scenario: 'nonsense; failat=7' },
    )
    sim.advance(2.9)
    expect((await real(id)).status).toBe('NOT_START') // queue stayed 3
    sim.advance(12.1)
    expect((await real(id)).status).toBe('SUCCESS') // len stayed 12, no failure
  })
})
