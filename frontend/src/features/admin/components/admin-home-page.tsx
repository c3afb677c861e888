import { Link } from 'react-router'
import { PageTitle } from '../../../lib/page-title'
import { adminPaths } from '../paths'

const SECTIONS = [
  {
    to: adminPaths.schools,
    title: 'Schools',
    description: 'The schools that refer to the service and their vulnerability figures; import them from a CSV file.',
  },
  {
    to: adminPaths.eligibilityRules,
    title: 'Eligibility rules',
    description: 'The rules the triage panel sees checked for each referral, and the age range.',
  },
  {
    to: adminPaths.areas,
    title: 'Areas and triage meetings',
    description: 'How often each area’s triage panel meets, and its next meeting days.',
  },
  {
    to: adminPaths.practitioners,
    title: 'Practitioners',
    description: 'Each practitioner’s area and how many families they can support at once.',
  },
  {
    to: adminPaths.changes,
    title: 'Configuration history',
    description: 'Who changed which setting, when, and from what to what.',
  },
]

/** "Service configuration": the settings an administrator keeps, one page each. */
export function AdminHomePage() {
  return (
    <>
      <PageTitle>Service configuration</PageTitle>
      <h1 className="govuk-heading-l">Service configuration</h1>
      <p className="govuk-body">Every change you make here is kept in the configuration history.</p>
      <ul className="govuk-list">
        {SECTIONS.map((section) => (
          <li key={section.to}>
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={section.to}>
                {section.title}
              </Link>
            </h2>
            <p className="govuk-body">{section.description}</p>
          </li>
        ))}
      </ul>
    </>
  )
}
