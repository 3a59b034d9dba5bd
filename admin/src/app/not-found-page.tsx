import { PageHeading } from '../ui/page-heading.tsx'
import { Link, paths } from './router.tsx'

export function NotFoundPage() {
  return (
    <div className="page narrow">
      <PageHeading>Nothing here</PageHeading>
      <p>
        This address is not a page of the newsroom. <Link href={paths.dashboard}>Go to the dashboard</Link>.
      </p>
    </div>
  )
}
