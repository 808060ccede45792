import type { Translation } from '../../lib/i18n/i18n.ts'
import type { firstStepsEn } from './firstStepsMessages.en.ts'

export const firstStepsZh: Translation<typeof firstStepsEn> = {
  'firstSteps.title': '生成的视频会出现在这里',
  'firstSteps.where':
    '每个任务都会在这里打开自己的窗口：可以移动、调整大小，或用“平铺全部”排好。完成的视频也会保存在作品库里。',
  'firstSteps.try': '不知道从哪里开始？选一个示例：它会填入提示词框，点“生成”才会发送。',
  'examples.city': '雨夜霓虹城市街道，湿润沥青上的倒影，镜头缓慢前推，电影感',
  'examples.ocean': '黄金时刻航拍，碧绿海浪涌上白色沙滩',
  'examples.forest': '晨雾在松林间飘动，阳光穿过树梢，一只鹿走进光里',
  'examples.kitchen': '特写：新鲜面包被撕开，热气升腾，温暖的厨房光线，浅景深',
}
