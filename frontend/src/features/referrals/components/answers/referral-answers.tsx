import { SummaryList } from '../../../../lib/govuk/summary-list'
import { useNeedTags } from '../../api/get-need-tags'
import type { Referral } from '../../api/types'
import { fieldId } from '../../forms/field-paths'
import { stepOfField, stepPath } from '../../forms/steps'
import { SECTIONS, type ChangeLink } from './answer-rows'

/** Every answer of a referral, section by section; with `changeable`, each row links to its question. */
export function ReferralAnswers({ referral, changeable }: { referral: Referral; changeable: boolean }) {
  const { data: needTags } = useNeedTags()
  const needLabels = new Map(needTags.map((tag) => [tag.code, tag.label]))
  const change: ChangeLink = (field, what) => {
    const step = stepOfField(field)
    return changeable && step
      ? { to: `${stepPath(referral.id, step)}#${fieldId(field)}`, text: 'Change', visuallyHidden: what }
      : undefined
  }
  return (
    <>
      {SECTIONS.map((section) => (
        <section key={section.heading}>
          <h2 className="govuk-heading-m">{section.heading}</h2>
          <SummaryList rows={section.rows(referral, change, needLabels)} />
        </section>
      ))}
    </>
  )
}
