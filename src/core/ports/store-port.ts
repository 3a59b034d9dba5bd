import type { ArticleRepository } from './article-ports.ts'
import type {
  AssetRepository,
  DeskRepository,
  FrontSlotRepository,
  SectionRepository,
  SettingsRepository,
  StageRepository,
} from './catalog-ports.ts'
import type { ChangeLogRepository } from './change-ports.ts'
import type {
  AuditRepository,
  CorrectionRepository,
  DeliveryRepository,
  PresenceRepository,
  RevisionRepository,
  SessionRepository,
  TokenRepository,
  UserRepository,
  WebhookRepository,
} from './newsroom-ports.ts'
import type { ArticleSearch } from './search-ports.ts'
import type {
  RoutingRuleRepository,
  SourceRepository,
  WireDocumentRepository,
  WireItemRepository,
} from './wire-ports.ts'

export interface Repositories {
  articles: ArticleRepository
  revisions: RevisionRepository
  corrections: CorrectionRepository
  changes: ChangeLogRepository
  wireItems: WireItemRepository
  wireDocuments: WireDocumentRepository
  sources: SourceRepository
  routingRules: RoutingRuleRepository
  desks: DeskRepository
  stages: StageRepository
  sections: SectionRepository
  assets: AssetRepository
  settings: SettingsRepository
  users: UserRepository
  sessions: SessionRepository
  tokens: TokenRepository
  audit: AuditRepository
  webhooks: WebhookRepository
  deliveries: DeliveryRepository
  frontSlots: FrontSlotRepository
  presence: PresenceRepository
}

/** The store: repositories, and a transaction in which a whole operation succeeds or leaves nothing behind. */
export interface Store extends Repositories, ArticleSearch {
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>
  close(): Promise<void>
}
