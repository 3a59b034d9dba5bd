/** The scenes the demo image generator can draw; a recipe names one of them. */
export const demoSceneNames = [
  'skyline',
  'river',
  'cricket',
  'stadium',
  'market',
  'chart',
  'hills',
  'laboratory',
  'rain',
  'port',
] as const

export type DemoScene = (typeof demoSceneNames)[number]
