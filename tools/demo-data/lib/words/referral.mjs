// What schools and the panel write: the needs schools describe, their actions so far, and the panel's reasons.

/** Which needs schools tag, as often as the Wakefield pilot found them. */
export const NEED_TAGS = {
  DYSREGULATION: 20, ANXIETY: 18, ATTACHMENT: 14, PEER_RELATIONSHIPS: 12, SCHOOL_AVOIDANCE: 12,
  PARENTAL_MENTAL_HEALTH: 10, DOMESTIC_ABUSE: 7, TRAUMA: 7, SLEEP: 6, BEREAVEMENT: 4,
}

export const NEED_PHRASES = {
  DYSREGULATION: ['Struggles to regulate at transitions; has left the classroom several times a week.',
    'Outbursts at lunchtime and after play; hard to calm without a trusted adult.',
    'Dysregulated most afternoons; has hurt peers twice this term.'],
  ANXIETY: ['Very anxious at drop-off and complains of stomach aches on school mornings.',
    'Worries constantly about a parent at home; finds it hard to settle to work.',
    'Anxious in busy spaces; avoids the hall and the playground.'],
  ATTACHMENT: ['Difficult separations at the school gate since Reception; seeks adult attention all day.',
    'Attachment difficulties from birth, noticed most at drop-off and with new staff.'],
  PEER_RELATIONSHIPS: ['Falls out with friends most days, then says nobody likes them.',
    'Few friendships; low self-worth and says they are "rubbish at everything".'],
  SCHOOL_AVOIDANCE: ['Refuses to come in on Mondays; attendance falling since half term.',
    'Often late and sometimes not brought in at all when mornings go badly.'],
  PARENTAL_MENTAL_HEALTH: ['Mum has told school about her own low mood and that she is struggling to cope.',
    'A parent is under the mental health team and mornings are chaotic.'],
  DOMESTIC_ABUSE: ['Has witnessed domestic abuse at home; the family now lives apart from the perpetrator.',
    'Police have attended the home after incidents; the child talks about shouting at night.'],
  TRAUMA: ['A difficult early life before coming to live with the current carer.',
    'Reacts strongly to raised voices; staff think past experiences are behind it.'],
  SLEEP: ['Tired in class; co-sleeps with a parent and goes to bed very late.',
    'Poor sleep at home, so mornings and the first lessons are hard.'],
  BEREAVEMENT: ['Withdrawn since the death of a grandparent who lived with the family.',
    'Lost a parent last year and has not talked about it at school.'],
}

export const SCHOOL_ACTIONS = [
  'Assess, plan, do, review since September; nurture group twice a week.',
  'Individual behaviour plan, a safe space and a daily check-in with the learning mentor.',
  'Zones of regulation in class, a movement break timetable and meet-and-greet at the gate.',
  'One-page profile shared with all staff; ELSA sessions weekly since the autumn.',
  'Parent meetings each half term; social skills group and a reduced lunchtime.',
  'Attendance support plan with the family and a soft start each morning.',
]

export const CONSENT_METHODS = { IN_PERSON: 6, PHONE: 3, WRITTEN: 2, EMAIL: 1 }

export const RATIONALES = {
  ACCEPT: ['SEMH needs affecting access to education; the family would benefit from intensive support.',
    'Needs are escalating despite a good graduated response from school; a holistic family assessment is needed.',
    'Dysregulation at home and school and a parent who wants help: meets the pilot\'s criteria.'],
  SIGNPOST: ['Needs can be met by universal and targeted services: an alternative support plan is agreed.',
    'School\'s plan is working; adding the services named will help the family without intensive support.',
    'Parenting support and the wellbeing service fit the family\'s needs better at this point.'],
  DECLINE: ['The referral does not meet the service\'s criteria; the school is advised of other routes.',
    'Needs are being met well by school; no further service is needed now.'],
  ESCALATE: ['Safeguarding concerns described in the referral: passed to the social care duty team today.'],
  REQUEST_INFO: ['The panel needs more information before it can decide.'],
  DEFER: ['Deferred to the next meeting: the SENCO could not attend and the panel wants to hear from school.',
    'Deferred while the family\'s GP appointment takes place; back to the next panel.'],
}

export const INFO_REQUESTS = [
  'Please send the latest attendance figures and the school\'s support plan.',
  'Please confirm whether the family is known to Early Help and add the parent\'s views.',
  'Please describe what has been tried in class and how the child responded.',
]

export const FOLLOW_UP_BY = ['School SENCO', 'Family Hub key worker', 'School learning mentor',
  'Early intervention practitioner']

export const WITHDRAWAL_REASONS = [
  'The family has moved out of the area.',
  'The parent no longer wishes to go ahead.',
  'Needs have settled with the school\'s own support.',
]

/** Partner agencies whose staff attend the panels besides the chair. */
export const PANEL_ATTENDEES = [
  { name: 'Future in Mind practitioner', agency: 'Future in Mind' },
  { name: 'Early intervention practitioner', agency: 'Early Help' },
  { name: 'School nurse', agency: 'Health' },
  { name: 'Educational psychologist', agency: 'Educational Psychology' },
]
