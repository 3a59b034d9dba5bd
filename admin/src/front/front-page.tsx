import { PageHeading } from '../ui/page-heading.tsx'

/** Front-page curation: being built (issue 6). */
export function FrontPage() {
  return (
    <div className="page">
      <PageHeading>Front page</PageHeading>
    </div>
  )
}
