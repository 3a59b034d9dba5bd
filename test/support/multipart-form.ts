/** One part of a multipart/form-data body: a text field, or a file when it has a filename. */
export interface FormPart {
  name: string
  value: string | Buffer
  filename?: string
  type?: string
}

/** A multipart/form-data request body, as a browser's FormData would send it, for `app.inject`. */
export function multipartForm(parts: FormPart[]) {
  const boundary = `----dateline${Math.random().toString(16).slice(2)}`
  const chunks: Buffer[] = []
  for (const p of parts) {
    const file = p.filename ? `; filename="${p.filename}"` : ''
    const type = p.type ? `Content-Type: ${p.type}\r\n` : ''
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file}\r\n${type}\r\n`),
    )
    chunks.push(Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value))
    chunks.push(Buffer.from('\r\n'))
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`))
  return {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(chunks),
  }
}
