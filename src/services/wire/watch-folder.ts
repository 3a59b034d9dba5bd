import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** A file still being written (an FTP upload in progress) is left until it has been still this long. */
export const SETTLE_MS = 2000
const OWN_FOLDERS = new Set(['processing', 'done', 'failed'])

export interface ClaimedFile {
  name: string
  bytes: Uint8Array
  /** Moves the file to done/ or failed/ (with a note of why), stamped so names never collide. */
  finish(ok: boolean, error?: string): Promise<void>
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-')

/**
 * The new files of a watched folder, each claimed by moving it into processing/ first: a rename is atomic, so when
 * several app nodes share the folder, each file is taken by exactly one. Hidden and partial files are left alone.
 */
export async function claimNewFiles(dir: string, now: Date, limit = 100): Promise<ClaimedFile[]> {
  for (const sub of OWN_FOLDERS) await mkdir(join(dir, sub), { recursive: true })
  const entries = await readdir(dir, { withFileTypes: true })
  const claimed: ClaimedFile[] = []
  for (const entry of entries) {
    if (claimed.length >= limit) break
    if (!entry.isFile() || entry.name.startsWith('.') || /\.(part|tmp|filepart)$/i.test(entry.name)) continue
    const path = join(dir, entry.name)
    const info = await stat(path).catch(() => null)
    if (!info || now.getTime() - info.mtimeMs < SETTLE_MS) continue
    const working = join(dir, 'processing', `${stamp(now)}-${entry.name}`)
    try {
      await rename(path, working)
    } catch {
      continue // another node took it
    }
    const bytes = await readFile(working)
    claimed.push({
      name: entry.name,
      bytes,
      async finish(ok, error) {
        const target = join(dir, ok ? 'done' : 'failed', `${stamp(now)}-${entry.name}`)
        await rename(working, target)
        if (!ok && error) await writeFile(`${target}.error.txt`, `${error}\n`)
      },
    })
  }
  return claimed
}
