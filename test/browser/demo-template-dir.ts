import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Where this test run keeps one seeded demo newspaper, copied for each browser suite: drawing its 25 pictures took
 * half a minute per suite. Named by the test runner's process (the suites' parent), which removes it at the end
 * (test/global-setup.ts).
 */
export const demoTemplateDir = (runner: number) => join(tmpdir(), `dateline-demo-template-${runner}`)
