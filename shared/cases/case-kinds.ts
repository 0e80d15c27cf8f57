/**
 * What a case is about, as the seeds tell kinds apart: 불만 (a complaint about how a matter was
 * handled), 불만족 (the service fell short of its standard), 불친절 (an official's manner) and
 * 건의·개선 (a suggestion). Each kind carries its own reply deadline in the charter.
 */
export const caseKinds = ['complaint', 'dissatisfaction', 'unkindness', 'suggestion'] as const;
export type CaseKind = (typeof caseKinds)[number];

/**
 * What the visitor picks: a plain-language category. The kind (and with it the deadline) follows
 * from it, so a visitor never has to know the charter's vocabulary.
 */
export const caseCategories = [
  'staffAttitude',
  'waiting',
  'handling',
  'facility',
  'improvement',
  'other',
] as const;
export type CaseCategory = (typeof caseCategories)[number];

const kindOf: Record<CaseCategory, CaseKind> = {
  staffAttitude: 'unkindness',
  // Waiting and the premises are the service's standard, which 기정원 calls 불만족 사항.
  waiting: 'dissatisfaction',
  facility: 'dissatisfaction',
  handling: 'complaint',
  improvement: 'suggestion',
  other: 'complaint',
};

export function caseKindOf(category: CaseCategory): CaseKind {
  return kindOf[category];
}

/** How the case reached the office: the kiosk, or staff writing it down on a visitor's behalf. */
export const caseChannels = ['kiosk', 'inPerson', 'phone', 'letter', 'online'] as const;
export type CaseChannel = (typeof caseChannels)[number];
