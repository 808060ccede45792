/** The example prompts and the empty workspace's strings: loaded when first shown. */
export const firstStepsEn = {
  'firstSteps.title': 'Your videos will appear here',
  'firstSteps.where':
    'Each job opens here in its own window: move it, resize it, or line them all up with Tile all. Finished videos are kept in the Library too.',
  'firstSteps.try':
    'Not sure where to start? Pick an example: it goes into the prompt box, and Generate sends it.',
  'examples.city':
    'A rainy neon city street at night, reflections on wet asphalt, slow dolly forward, cinematic',
  'examples.ocean': 'Aerial shot of turquoise waves rolling onto a white sand beach at golden hour',
  'examples.forest':
    'Morning fog drifting through a pine forest, sunbeams, a deer stepping into the light',
  'examples.kitchen':
    'Close-up of fresh bread being torn open, steam rising, warm kitchen light, shallow depth of field',
}
