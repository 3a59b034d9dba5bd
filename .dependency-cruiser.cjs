/**
 * The direction of imports, checked on every `npm run check`. See ARCHITECTURE.md.
 * core ← adapters (store, media, ingest, events) ← services ← site / api / jobs / demo ← http ← app ← cli
 * admin/ (the newsroom app in the browser) stands apart: it reaches the server only through /api/v1.
 */
const edge = (from, allowed) => ({
  name: `${from}-imports`,
  comment: `src/${from} may import only: ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: `^src/${from}/` },
  to: {
    path: '^src/',
    pathNot: [`^src/${from}/`, ...allowed.map((a) => (a.startsWith('^') ? a : `^src/${a}/`))],
  },
})

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      comment: 'src/core imports only itself and zod: no node: modules, no SQL, no HTTP',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '^node_modules/zod/'] },
    },
    edge('store', ['core']),
    edge('media', ['core']),
    edge('ingest', ['core']),
    edge('events', ['core']),
    edge('services', ['core']),
    edge('site', ['core', 'services']),
    // The API renders a story's preview with the reader site's own page code.
    edge('api', ['core', 'services', 'site']),
    edge('jobs', ['core', 'services']),
    edge('http', ['core', 'services', 'site', 'api']),
    edge('demo', ['core', 'services']),
    {
      name: 'admin-uses-only-the-api',
      comment:
        'The newsroom app (admin/) runs in the browser and talks to the server only through /api/v1; it shares only pure core modules: the editor-document mapping (with the block and inline code it uses), the workflow and access rules, the time formats and the Media Topic names',
      severity: 'error',
      from: { path: '^admin/' },
      to: {
        path: '^(src|test|bench)/',
        pathNot: [
          '^src/core/(editor-document|blocks|inline|spans|time-format|media-topics|workflow|access|roles)\\.ts$',
        ],
        // A type erased at build time (access.ts names the Article type) brings no server code into the bundle.
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'server-never-imports-admin',
      comment: 'The server serves the built app (dist/admin) as files; no server code imports its sources',
      severity: 'error',
      from: { path: '^(src|test|bench)/' },
      to: { path: '^admin/' },
    },
    // The command line sits on top: it may use the wiring (src/app.ts, src/config.ts) and everything below it.
    edge('cli', ['core', 'services', 'ingest', 'demo', '^src/[^/]+\\.ts$']),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '\\.test\\.tsx?$' },
  },
}
