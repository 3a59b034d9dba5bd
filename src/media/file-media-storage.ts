import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import type { MediaStorage } from '../core/ports.ts'

/** Media files under one folder (the data folder's media/), written atomically so a reader never sees half a file. */
export function fileMediaStorage(root: string): MediaStorage & { pathOf(key: string): string } {
  const base = resolve(root)
  const pathOf = (key: string) => {
    const path = resolve(base, key)
    if (!path.startsWith(base + sep)) throw new Error(`Media key leaves the media folder: ${key}`)
    return path
  }
  return {
    pathOf,
    async put(key, bytes) {
      const path = pathOf(key)
      await mkdir(dirname(path), { recursive: true })
      const temp = `${path}.${process.pid}.${Date.now()}.tmp`
      await writeFile(temp, bytes)
      await rename(temp, path)
    },
    async get(key) {
      try {
        return await readFile(pathOf(key))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true })
    },
  }
}

export const mediaRoot = (dataDir: string) => join(dataDir, 'media')
