import type { UseFormReturn } from 'react-hook-form'
import { Checkboxes } from '../../../lib/govuk/checkboxes'
import { TextInput } from '../../../lib/govuk/input'
import { Radios, type ChoiceItem } from '../../../lib/govuk/radios'
import { Textarea } from '../../../lib/govuk/textarea'
import { WarningText } from '../../../lib/govuk/warning-text'
import type { DecisionOutcome, EligibilityResult, Service } from '../api/types'
import { DECLINE_REASON_ITEMS, OUTCOME_CHOICES } from '../forms/choices'
import type { DecisionAnswers } from '../forms/decision-form'

type Props = {
  form: UseFormReturn<DecisionAnswers>
  errorFor: (name: string) => string | undefined
  eligibility: EligibilityResult[]
  services: Service[]
}

/** The panel's decision as radios, each revealing what that decision needs besides the rationale. */
export function DecisionFields({ form, errorFor, eligibility, services }: Props) {
  const { register, watch } = form
  const notMet = eligibility.filter((result) => result.met === 'NOT_MET')
  const reveals: Partial<Record<DecisionOutcome, ChoiceItem['conditional']>> = {
    ACCEPT: notMet.length > 0 && (
      <>
        <WarningText>
          This referral does not meet {notMet.length === 1 ? 'an eligibility rule' : 'some eligibility rules'}:{' '}
          {notMet.map((result) => result.label).join('; ')}. To accept it, say why the panel makes an exception.
        </WarningText>
        <Textarea
          id="eligibilityOverrideReason"
          label="Why does the panel accept it outside the eligibility rules?"
          error={errorFor('eligibilityOverrideReason')}
          {...register('eligibilityOverrideReason')}
        />
      </>
    ),
    SIGNPOST: (
      <>
        <Checkboxes
          id="services"
          legend="Which services is the family signposted to?"
          legendSize="s"
          hint="Select all that apply"
          small
          error={errorFor('services')}
          items={services.map((service) => ({ value: service.id, label: service.name, hint: service.description }))}
          inputProps={register('services')}
        />
        <TextInput
          id="followUpBy"
          label="Who follows up with the family?"
          hint="A name and role, for example the school’s SENCO"
          error={errorFor('followUpBy')}
          {...register('followUpBy')}
        />
      </>
    ),
    DECLINE: (
      <Radios
        id="declineReason"
        legend="Why does the panel decline the referral?"
        legendSize="s"
        small
        error={errorFor('declineReason')}
        items={DECLINE_REASON_ITEMS}
        inputProps={register('declineReason')}
      />
    ),
    REQUEST_INFO: (
      <Textarea
        id="infoRequested"
        label="What does the school need to send?"
        hint="The school sees this and resubmits the referral with it."
        error={errorFor('infoRequested')}
        {...register('infoRequested')}
      />
    ),
    ESCALATE: (
      <WarningText>
        Follow the safeguarding procedure now: contact the Children’s Social Care duty team today. Recording this
        decision does not make a safeguarding referral.
      </WarningText>
    ),
  }
  const items: ChoiceItem[] = Object.entries(OUTCOME_CHOICES).map(([value, { label, hint }]) => ({
    value,
    label,
    hint,
    conditional: reveals[value as DecisionOutcome] || undefined,
  }))

  return (
    <>
      <Radios
        id="outcome"
        legend="What has the panel decided?"
        legendSize="m"
        error={errorFor('outcome')}
        items={items}
        selected={watch('outcome')}
        inputProps={register('outcome', { required: 'Select the panel’s decision' })}
      />
      <Textarea
        id="rationale"
        label="Rationale"
        labelSize="m"
        hint="Why the panel decided this. It is kept with the decision; the referring school does not see it."
        error={errorFor('rationale')}
        {...register('rationale')}
      />
    </>
  )
}
