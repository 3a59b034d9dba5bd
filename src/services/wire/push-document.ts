import { UnauthorizedError } from '../../core/errors.ts'
import type { Source } from '../../core/wire-desk.ts'
import { secretHash } from '../accounts/secret-token.ts'
import type { ServiceDeps } from '../service-deps.ts'
import { receiveDocument, type ReceivedDocument } from './receive-document.ts'

/**
 * A document an agency pushed: the source is the one whose token was sent, and it must be the source the address
 * names (by name or id), so one agency's token cannot file under another's name.
 */
export async function pushDocument(
  deps: ServiceDeps,
  input: { sourceRef: string; token: string | null; bytes: Uint8Array },
): Promise<{ source: Source; received: ReceivedDocument }> {
  const source = input.token ? await deps.store.sources.getByTokenHash(secretHash(input.token)) : null
  if (
    !source ||
    !(source.name === input.sourceRef || String(source.id) === input.sourceRef) ||
    !source.enabled
  ) {
    throw new UnauthorizedError('Send the source’s own token (Authorization: Bearer …) to push to it')
  }
  const received = await receiveDocument(deps, {
    bytes: input.bytes,
    origin: `push:${source.name}`,
    source,
    ...(source.format !== 'auto' ? { format: source.format } : {}),
  })
  return { source, received }
}
