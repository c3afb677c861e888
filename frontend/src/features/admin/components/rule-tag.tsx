import { Tag } from '../../../lib/govuk/tag'

/** Whether the panel sees a rule checked: on (green) or off (grey). */
export function RuleTag({ enabled }: { enabled: boolean }) {
  return enabled ? <Tag colour="green">Checked at triage</Tag> : <Tag colour="grey">Not checked</Tag>
}
