import type { Scene } from './kit.ts'
import type { DemoScene } from './names.ts'
import { chart } from './chart.ts'
import { cricket } from './cricket.ts'
import { hills } from './hills.ts'
import { laboratory } from './laboratory.ts'
import { market } from './market.ts'
import { port } from './port.ts'
import { rain } from './rain.ts'
import { river } from './river.ts'
import { stadium } from './stadium.ts'
import { skyline } from './skyline.ts'

/** Every scene name maps to its drawing; the type makes a missing one a compile error. */
export const sceneRenderers: Record<DemoScene, Scene> = {
  skyline,
  river,
  cricket,
  stadium,
  market,
  chart,
  hills,
  laboratory,
  rain,
  port,
}
