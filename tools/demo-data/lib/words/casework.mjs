// What practitioners, seniors, partners and families write during case work: notes, the assessment, plan actions,
// review notes, audit findings and the families' feedback (no names in any of it).

export const CONTACT_NOTES = {
  CALL: ['Introductory call with the parent: explained the service and booked a home visit.',
    'Call to check in after a difficult week; agreed to speak to school about mornings.',
    'Spoke with the parent about the routine chart; bedtimes are going better.'],
  HOME_VISIT: ['Home visit with the parent and child: talked about what a good day looks like.',
    'Home visit: modelled PACE during homework time; the parent tried it with support.',
    'Home visit: worked on the calm-down plan together and put it on the fridge.'],
  SCHOOL_VISIT: ['Observed the child in class and at lunchtime; shared strategies with the class teacher.',
    'Met the SENCO and the child: agreed a safe space and a morning check-in.',
    'Direct work in school on feelings and friendships, with the learning mentor.'],
  MEETING: ['Met the parent at the Family Hub to look at the parenting programme together.'],
}

export const WHO_SEEN = {
  CALL: 'Parent', HOME_VISIT: 'Parent and child', SCHOOL_VISIT: 'Child and SENCO', MEETING: 'Parent',
}

export const ASSESSMENT = {
  childNeeds: 'Dysregulation at transitions and anxiety at drop-off; finds it hard to name feelings.',
  parentingCapacity: 'A loving parent who is tired and unsure how to respond to outbursts; keen to learn.',
  familyEnvironment: 'Money is tight and the home is crowded; extended family help with the school run.',
  strengths: 'Good humour, loves football and drawing; a strong bond with a grandparent.',
  risks: 'Risk of suspension if incidents at lunchtime continue; no safeguarding concerns identified.',
  wishesAndFeelings: 'Wants to "not get into trouble" and to have a friend to play with at lunch.',
  aspirations: 'Would like to be a vet or a footballer; wants to go to the same high school as a cousin.',
  schoolInput: 'School reports better days when there is a consistent adult and a calm start.',
  familyNetwork: 'A grandparent and an aunt nearby can help; contingency agreed with the parent.',
}

/** The sections a first draft has: the rest follow after more visits. */
export const FIRST_DRAFT = ['childNeeds', 'familyEnvironment', 'strengths', 'schoolInput']

export const PLAN_ACTIONS = [
  { what: 'Parent to use the agreed bedtime routine every school night and note how it went', who: 'FAMILY' },
  { what: 'School to give a morning check-in with the learning mentor each day', who: 'SCHOOL' },
  { what: 'Practitioner to deliver six sessions of direct work on feelings and regulation', who: 'PRACTITIONER' },
  { what: 'Parent to attend the Family Hub parenting programme (eight sessions)', who: 'FAMILY' },
  { what: 'School to provide a safe space and a movement break timetable', who: 'SCHOOL' },
  { what: 'CAMHS to offer a consultation to the parent on anxiety', who: 'PARTNER', partnerAgency: 'CAMHS' },
  { what: 'Practitioner to support the parent to contact the GP about their own wellbeing', who: 'PRACTITIONER' },
  { what: 'Future in Mind to run the worry group in school for six weeks', who: 'PARTNER',
    partnerAgency: 'Future in Mind' },
]

export const INTERVENTIONS = ['PACE', 'RESPECT_RESTORE_REBUILD', 'RELATE_TO_EDUCATE', 'PARENTING_PROGRAMME',
  'GROUP_WORK', 'DIRECT_WORK', 'ONWARD_REFERRAL']

export const REVIEW_NOTES = {
  CONTINUE: ['Good progress at home; mornings still hard. Continue with the plan.',
    'Fewer incidents at school this half term; the family wants to keep going.'],
  EXTEND: ['Progress is real but fragile ahead of the move to a new class: extension asked for six weeks.'],
  CLOSE: ['Outcomes achieved: attendance up and no suspensions since the last review. Agreed to close.',
    'The family feels confident with the strategies; school will continue the check-ins. Close.'],
  STEP_DOWN: ['Needs now met by universal services: step down to the school and the Family Hub.'],
  STEP_UP: ['New concerns about the home: step up to social care with the parent\'s knowledge.'],
}

export const REVIEW_ATTENDEES = ['Parent', 'Class teacher', 'SENCO', 'Learning mentor', 'School nurse', 'CAMHS']

/** The families' and schools' words at closure, by who said them. */
export const QUOTES = {
  PARENT: [
    'I didn\'t know about Early Help, I thought it was for bad parents. It wasn\'t like that at all.',
    'She really listened to me and found out answers for me when she didn\'t know them.',
    'Mornings are calmer and we are getting to school on time now.',
    'I understand his behaviour now and how to help him with it.',
    'Without the support our relationship with the school would never have improved.',
    'The children are more settled and not as tired in class.',
    'I feel like I have my child back. Thank you for everything.',
    'She helped us get the right people involved and kept us all talking.',
  ],
  CHILD: [
    'I am trying to be the best version of myself.',
    'I like school more now and I have a friend to play with.',
    'When I feel cross I go to my calm place and breathe.',
    'She listened to me and I could tell her things.',
    'I don\'t get sent out of class any more.',
  ],
  SCHOOL: [
    'A different child in school: he wants to come in now.',
    'I wish the practitioner could take on more children like this one.',
    'The strategies shared have helped the whole class, not just one child.',
    'Home and school are finally working together.',
    'The family now talks to us before things go wrong.',
    'Attendance has improved and there have been no suspensions this term.',
    'Quick, practical support that made a real difference to the family.',
  ],
}

export const AUDIT_FINDINGS = {
  OUTSTANDING: ['Child\'s voice throughout; SMART plan reviewed on time; strong partnership with school.',
    'Holistic assessment with clear analysis; impact evidenced in attendance and the family\'s own words.'],
  GOOD: ['Timely contact and a clear plan; reviews held with the family and school.',
    'Good relationship-based work; the plan could name partners\' actions more precisely.'],
  REQUIRES_IMPROVEMENT: ['The assessment lacks the school\'s input and the review is overdue.'],
  INADEQUATE: ['No plan recorded six weeks after allocation; contact has lapsed.'],
}

/** What the practitioner is to do after an audit; nothing after an outstanding one. */
export const AUDIT_ACTIONS = {
  GOOD: 'Name the partner agency and a date for each partner action at the next review.',
  REQUIRES_IMPROVEMENT: 'Add the school\'s input to the assessment and hold the review within two weeks.',
  INADEQUATE: 'Agree a plan with the family this week and discuss in supervision.',
}

export const CONTRIBUTIONS = [
  'CAMHS consultation held with the parent: advice on worry time and a sleep routine shared.',
  'Seen at the CAMHS duty clinic; no further CAMHS input needed, strategies for school attached.',
]

export const GROUP_TOPICS = ['Understanding behaviour as communication', 'PACE at home', 'Calm mornings',
  'Routines and sleep', 'Looking after yourself too', 'Working with school']

export const EXTENSION_NOTES = ['Agreed: six more weeks to see the family through the change of class.']
