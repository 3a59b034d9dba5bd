import { PageHeading } from '../ui/page-heading.tsx'

/** The media library: being built (issue 6). */
export function MediaPage() {
  return (
    <div className="page">
      <PageHeading>Media</PageHeading>
    </div>
  )
}
