import { createServer } from 'node:http'

/**
 * The baseline: a bare Node http server sending fixed bytes from memory, with the same headers as Dateline's
 * answer. Reads `{ port, routes: { path: { headers, body(base64) } } }` as JSON on stdin.
 */
const input = JSON.parse(
  await new Promise<string>((resolve) => {
    let data = ''
    process.stdin.on('data', (c) => (data += c))
    process.stdin.on('end', () => resolve(data))
  }),
) as { routes: Record<string, { headers: Record<string, string>; body: string }> }

const routes = new Map(
  Object.entries(input.routes).map(([path, r]) => [
    path,
    { headers: r.headers, body: Buffer.from(r.body, 'base64') },
  ]),
)
const server = createServer((req, res) => {
  const route = routes.get(req.url ?? '')
  if (!route) {
    res.writeHead(404).end()
    return
  }
  res.writeHead(200, route.headers)
  res.end(route.body)
})
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 }))
})
