import type { ManageSection } from '../app/router.tsx'
import { PageHeading } from '../ui/page-heading.tsx'

/** Users, desks, sources and routing rules, site settings: being built (issue 6). */
export function ManagePage({ section }: { section: ManageSection }) {
  return (
    <div className="page">
      <PageHeading>Manage {section}</PageHeading>
    </div>
  )
}
