import { announceAuth, ApiError, apiCall } from '../api/client.ts'
import type { Page } from '../api/types.ts'

/** One resized copy of a picture, public and immutable; `crop` absent: the whole picture. */
export interface Rendition {
  width: number
  height: number
  format: 'jpeg' | 'webp' | 'avif'
  crop?: '16x9' | '4x3' | '1x1'
  bytes: number
  url: string
}

/** A picture in the library as GET /api/v1/assets/{id} shows it (the fields the media screens use). */
export interface LibraryAsset {
  id: number
  mimeType: string
  width: number
  height: number
  bytes: number
  caption: string
  credit: string
  alt: string
  source: string
  copyright: string
  focalX: number
  focalY: number
  licenseUrl: string
  acquireLicenseUrl: string
  renditionsPending: boolean
  createdAt: string
  renditions: Rendition[]
}

/** What PATCH /assets/{id} accepts: the words, the licence links and the focal point (0..1 from left and top). */
export type AssetPatch = Partial<
  Pick<LibraryAsset, 'caption' | 'credit' | 'alt' | 'licenseUrl' | 'acquireLicenseUrl' | 'focalX' | 'focalY'>
>

/** The words sent beside the file of an upload; all may be left empty. */
export interface UploadFields {
  caption: string
  credit: string
  alt: string
}

/** The server's limit on one upload (src/api/register-api.ts, UPLOAD_LIMIT): larger files are refused with 413. */
export const UPLOAD_LIMIT_BYTES = 25 * 1024 * 1024
/** The kinds of picture the server can read. */
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif,image/tiff'

/** The media library's calls to /api/v1, beside the shared ones in api/newsroom-api.ts. */
export const mediaApi = {
  /** The library, newest first; `q` finds text in the caption, credit or alt text. */
  list: (query: { q?: string; limit: number; offset: number }) =>
    apiCall<Page<LibraryAsset>>('GET', '/assets', { query }),
  get: (id: number) => apiCall<LibraryAsset>('GET', `/assets/${id}`),
  /** Editors and above; a reporter gets 403. */
  change: (id: number, patch: AssetPatch) => apiCall<LibraryAsset>('PATCH', `/assets/${id}`, { body: patch }),
  upload: uploadPicture,
}

interface Problem {
  code?: string
  title?: string
  detail?: string
  errors?: { path: string; message: string }[]
}

/**
 * Sends a picture as multipart/form-data (POST /assets), reporting how much has gone (0..1) as it goes: fetch
 * cannot tell upload progress, XMLHttpRequest can. Failures come back as the same ApiError that apiCall throws.
 */
export function uploadPicture(
  file: File,
  fields: UploadFields,
  onProgress: (fraction: number) => void = () => {},
  signal?: AbortSignal,
): Promise<LibraryAsset> {
  const form = new FormData()
  // The text fields first: the server reads the parts in order and the file is the big one.
  for (const [name, value] of Object.entries(fields)) if (value.trim()) form.append(name, value.trim())
  form.append('file', file, file.name)
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', '/api/v1/assets')
    xhr.setRequestHeader('accept', 'application/json')
    xhr.withCredentials = true
    xhr.upload.addEventListener('progress', (e) => e.lengthComputable && onProgress(e.loaded / e.total))
    xhr.addEventListener('load', () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        body = null
      }
      if (xhr.status >= 200 && xhr.status < 300 && body) {
        resolve(body as LibraryAsset)
        return
      }
      const problem = (body ?? {}) as Problem
      if (xhr.status === 401) {
        // The app hears that the session ended, as it does from every other call.
        announceAuth('signed-out')
      }
      reject(
        new ApiError(
          xhr.status,
          problem.code ?? 'http_error',
          xhr.status === 413
            ? 'The file is too large: a picture may be at most 25 MB'
            : (problem.detail ?? problem.title ?? `The server answered ${xhr.status}`),
          problem.errors ?? [],
        ),
      )
    })
    const networkError = () =>
      reject(
        new ApiError(0, 'network_error', 'The server cannot be reached: check the connection and try again'),
      )
    xhr.addEventListener('error', networkError)
    xhr.addEventListener('abort', () => reject(new ApiError(0, 'aborted', 'The upload was stopped')))
    signal?.addEventListener('abort', () => xhr.abort())
    xhr.send(form)
  })
}

/**
 * Why a file cannot be uploaded, said before sending it (the server says the same, later): too large, or not a
 * picture at all. Null when it may go.
 */
export function fileProblem(file: File): string | null {
  if (file.size === 0) return 'The file is empty: choose another.'
  if (file.size > UPLOAD_LIMIT_BYTES) {
    return `The file is too large (${megabytes(file.size)}): a picture may be at most 25 MB.`
  }
  if (file.type && !file.type.startsWith('image/')) {
    return 'This file is not a picture: choose a JPEG, PNG, WebP, AVIF, GIF or TIFF image.'
  }
  return null
}

/** `2.4 MB`, `310 KB`: sizes as people read them. */
export function megabytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
