import type { ReactNode } from 'react'
import type { Desk } from '../api/types.ts'
import type { RoutingRule, RuleMatch, Source } from './manage-api.ts'

/** What a rule takes, in words: `keywords ferry or port; language en; urgency 1 to 3`, or every item. */
export function matchText(match: RuleMatch): string {
  const parts: string[] = []
  const any = (words: string[]) => words.join(' or ')
  if (match.keywords?.length)
    parts.push(`${match.keywords.length > 1 ? 'keywords' : 'keyword'} ${any(match.keywords)}`)
  if (match.subjects?.length)
    parts.push(`${match.subjects.length > 1 ? 'subjects' : 'subject'} ${any(match.subjects)}`)
  if (match.languages?.length)
    parts.push(`${match.languages.length > 1 ? 'languages' : 'language'} ${any(match.languages)}`)
  if (match.maxUrgency !== undefined)
    parts.push(match.maxUrgency === 1 ? 'flash urgency only' : `urgency 1 to ${match.maxUrgency}`)
  return parts.length ? parts.join('; ') : 'every item'
}

/** Where a rule sends what it takes: a desk's stage, and whether it is published at once. */
export function targetText(rule: RoutingRule, desks: readonly Desk[]): string {
  const desk = desks.find((d) => d.id === rule.deskId)
  const stage = desk?.stages.find((s) => s.id === rule.stageId)
  const place = desk ? `${desk.name}${stage ? `, ${stage.name}` : ''}` : 'no desk (the wire only)'
  return rule.publish ? `${place}, published at once` : place
}

/** One routing rule, in the order rules are tried. */
export function RuleCard(props: {
  rule: RoutingRule
  sources: readonly Source[]
  desks: readonly Desk[]
  children?: ReactNode
}) {
  const { rule } = props
  const source = props.sources.find((s) => s.id === rule.sourceId)
  return (
    <li className="rule-card">
      <div className="card-head">
        <h3 id={`rule-${rule.id}-name`}>{rule.name}</h3>
        {rule.publish && (
          <p className="badges">
            <span className="badge is-waiting">Publishes at once</span>
          </p>
        )}
      </div>
      <dl className="facts rule-facts">
        <div>
          <dt>From</dt>
          <dd>{rule.sourceId === null ? 'Every source' : (source?.name ?? `Source ${rule.sourceId}`)}</dd>
        </div>
        <div>
          <dt>Takes</dt>
          <dd>{matchText(rule.match)}</dd>
        </div>
        <div>
          <dt>Sends to</dt>
          <dd>{targetText(rule, props.desks)}</dd>
        </div>
      </dl>
      {props.children}
    </li>
  )
}
