import react from '@vitejs/plugin-react'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { defineConfig, type Plugin } from 'vite'

const root = fileURLToPath(new URL('.', import.meta.url))
const outDir = fileURLToPath(new URL('../dist/admin/', import.meta.url))

/**
 * Writes a Brotli and a gzip copy beside each script and stylesheet, once, at build time; the server sends the one
 * the browser accepts (see src/http/admin-routes.ts), so nothing is compressed per request.
 */
function precompress(): Plugin {
  const brotli = promisify(brotliCompress)
  const gz = promisify(gzip)
  return {
    name: 'dateline-precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? outDir
      const files = Object.values(bundle).filter((f) => /\.(js|css|svg)$/.test(f.fileName))
      await Promise.all(
        files.map(async (file) => {
          const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source)
          const path = join(dir, file.fileName)
          const [br, gzipped] = await Promise.all([
            brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
            gz(bytes, { level: 9 }),
          ])
          await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)])
        }),
      )
    },
  }
}

/** The newsroom app: `npm run build` writes it to dist/admin, served at /admin by the Dateline server. */
export default defineConfig({
  root,
  base: '/admin/',
  plugins: [react({ jsxImportSource: 'react' }), precompress()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // The story editor (Tiptap) is a chunk of its own, loaded when a story opens.
    chunkSizeWarningLimit: 550,
  },
  // `npx vite --config admin/vite.config.ts` serves the app with live reload; the API comes from `npm start`.
  server: { proxy: { '/api': 'http://localhost:3000' } },
})
