import type { FastifyRequest } from 'fastify'
import { AppError, ValidationError, type FieldIssue } from '../core/errors.ts'
import { parseInput } from './parse-input.ts'
import { assetUploadFields } from './schemas/catalog-schemas.ts'

/**
 * The one `file` part of an upload form and its text fields, in any order. The multipart plugin's size limit ends
 * an oversized file with 413 before anything is stored; a form cut off or malformed is the client's error (400).
 */
export async function readUpload(req: FastifyRequest) {
  if (!req.isMultipart()) {
    throw new AppError(
      'unsupported_media_type',
      'Send the picture as multipart/form-data with a file field',
      415,
    )
  }
  let bytes: Buffer | undefined
  const fields: Record<string, unknown> = {}
  const issues: FieldIssue[] = []
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file' && part.fieldname === 'file') bytes = await part.toBuffer()
      else if (part.type === 'file') {
        part.file.resume()
        issues.push({ path: part.fieldname, message: 'is not a known field' })
      } else if (part.valueTruncated) issues.push({ path: part.fieldname, message: 'is too long' })
      else fields[part.fieldname] = part.value
    }
  } catch (error) {
    // The plugin's own errors (limits) carry a status; the parser's do not.
    if ((error as { statusCode?: number }).statusCode) throw error
    throw new AppError('invalid_multipart', `Malformed multipart/form-data: ${(error as Error).message}`, 400)
  }
  if (!bytes) issues.push({ path: 'file', message: 'is required: the picture to upload' })
  if (issues.length) throw new ValidationError('Invalid upload', issues)
  return { bytes: bytes!, meta: parseInput(assetUploadFields, fields, 'body') }
}
