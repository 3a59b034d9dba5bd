import type { ServiceDeps } from '../services/service-deps.ts'
import { loadSettings } from '../services/settings-service.ts'
import type { ResourceContext } from './story-resource.ts'

export async function resourceContext(deps: ServiceDeps): Promise<ResourceContext> {
  const [settings, sections] = await Promise.all([loadSettings(deps.store), deps.store.sections.list()])
  return { siteUrl: settings.siteUrl, sections: new Map(sections.map((s) => [s.id, s])) }
}
