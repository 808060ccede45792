/** The takes panel's strings: a chunk per language, loaded with the panel. */
export const takesEn = {
  'takes.title': 'Takes',
  'takes.hint':
    'Several videos from one press: variations of this request, and the same prompt on other models. They are sent a few at a time, as the relay has room.',
  'takes.variations': 'Takes of each model',
  'takes.alsoOn': 'Also on',
  'takes.plan': 'What will be sent',
  'takes.defaults': 'defaults',
  'takes.line': '{model} × {n}',
  'takes.total': 'Total: {cost} for {n} videos',
  'takes.unpriced': '{n} without a published price',
  'takes.overBalance':
    'The takes cost {cost}, more than your balance of {left}. Press Generate again to send them anyway.',
  'takes.close': 'One take',
  'takes.extraInvalid': 'its extra fields are not valid JSON',
  'takes.promptTooLong': 'the prompt is too long for it',
  'takes.imagesNotForModel': 'it cannot take these images',
  'takes.otherShape': 'its video has another shape than the images were fitted to',
}
