import type { Translation } from '../lib/i18n/i18n.ts'
import type { profilesEn } from './messages.en.ts'

export const profilesZh: Translation<typeof profilesEn> = {
  'profile.sora': 'Sora 2 系列',
  'profile.generic': '通用',
  'profile.veo': 'Veo 系列',
  'profile.veoFrames': 'Veo · 首帧与尾帧',
  'profile.veoComponents': 'Veo · 最多 3 张参考图',
  'profile.grok': 'Grok 视频',
  'profile.wan': '通义万相 Wan',
  'profile.aspect.fromImage': '跟随图片',
  'profile.aspect.square': '1:1 方形',
  'profile.aspect.portrait23': '2:3 竖屏',
  'profile.aspect.landscape32': '3:2 横屏',
  'profile.enhancePrompt': '优化提示词',
  'profile.upsample': '提升至 1080p',
  'profile.upsample4k': '4K 模型无需提升分辨率。',
  'profile.resolution': '分辨率',
  'profile.resolution.720p': '720p',
  'profile.resolution.1080p': '1080p',
  'composer.aspect': '宽高比',
  'composer.aspect.landscape': '16:9 横屏',
  'composer.aspect.portrait': '9:16 竖屏',
  'composer.duration': '时长',
  'composer.seconds': '{n} 秒',
  'composer.hd': '高清',
  'composer.hdProOnly': '高清仅适用于 sora-2-pro：使用 sora-2 时已关闭。',
}
