import { rmSync } from 'node:fs'
import { demoTemplateDir } from './browser/demo-template-dir.ts'

/** After the whole run: the demo newspaper the browser suites copied from (test/browser/demo-site.ts) goes. */
export function teardown(): void {
  for (const dir of [demoTemplateDir(process.pid), `${demoTemplateDir(process.pid)}.lock`])
    rmSync(dir, { recursive: true, force: true })
}
