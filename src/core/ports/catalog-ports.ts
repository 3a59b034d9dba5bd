import type { Asset, AssetInput } from '../asset.ts'
import type { Desk } from '../desk.ts'
import type { Section } from '../section.ts'
import type { Stage } from '../newsroom-records.ts'

export interface DeskRepository {
  list(): Promise<Desk[]>
  get(id: number): Promise<Desk | null>
  getByName(name: string): Promise<Desk | null>
  create(input: { name: string; slug: string; defaultSectionId: number | null }): Promise<Desk>
  update(id: number, patch: { name?: string; slug?: string; defaultSectionId?: number | null }): Promise<Desk>
}

export interface StageRepository {
  list(deskId?: number): Promise<Stage[]>
  get(id: number): Promise<Stage | null>
  create(input: { deskId: number; name: string; position: number }): Promise<Stage>
}

export interface SectionRepository {
  list(): Promise<Section[]>
  get(id: number): Promise<Section | null>
  getBySlug(slug: string): Promise<Section | null>
  create(input: { name: string; slug: string; position: number }): Promise<Section>
  update(id: number, patch: { name?: string; slug?: string; position?: number }): Promise<Section>
}

export type AssetUpdate = Partial<
  Pick<
    Asset,
    | 'caption'
    | 'credit'
    | 'alt'
    | 'focalX'
    | 'focalY'
    | 'licenseUrl'
    | 'acquireLicenseUrl'
    | 'renditions'
    | 'renditionsPending'
  >
>

export interface AssetRepository {
  get(id: number): Promise<Asset | null>
  getMany(ids: readonly number[]): Promise<Asset[]>
  getBySha256(sha256: string): Promise<Asset | null>
  create(input: AssetInput, at: string): Promise<Asset>
  update(id: number, patch: AssetUpdate): Promise<Asset>
  /** Pictures whose planned renditions are not all made yet, oldest first. */
  listPendingRenditions(limit: number): Promise<Asset[]>
  list(query: { text?: string; limit: number; offset: number }): Promise<{ items: Asset[]; total: number }>
}

export interface SettingsRepository {
  /** Stored values as text, keyed by setting name; absent keys take their defaults. */
  all(): Promise<Record<string, string>>
  set(key: string, value: string): Promise<void>
}

/** The front page's pinned stories, by slot name (see core/front-page.ts). */
export interface FrontSlotRepository {
  all(): Promise<Record<string, number>>
  replace(slots: Record<string, number>): Promise<void>
}
