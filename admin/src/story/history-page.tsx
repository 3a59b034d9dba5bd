import { PageHeading } from '../ui/page-heading.tsx'

/** A story's revisions: being built (issue 6). */
export function HistoryPage({ id }: { id: number }) {
  return (
    <div className="page">
      <PageHeading>History of story {id}</PageHeading>
    </div>
  )
}
