import type { CaseKind } from '../cases/case-kinds';
import { DEFAULT_UNKINDNESS_WINDOW_DAYS } from '../cases/unkindness-count';

/**
 * The five service charters this product ships as presets. Every value quotes its seed file in
 * shared/seeds/ of the steering repository; an office picks one and may edit any value.
 */
export const charterPresetIds = ['mss', 'tipa', 'inje', 'mokpo', 'miryang'] as const;
export type CharterPresetId = (typeof charterPresetIds)[number];

export const compensationKinds = ['giftVoucher', 'travelCost', 'cultureVoucher', 'perOrdinance'] as const;
export type CompensationKind = (typeof compensationKinds)[number];

export const escortPolicies = ['disabledAndElderly', 'guideOnDuty', 'notPromised'] as const;
export type EscortPolicy = (typeof escortPolicies)[number];

export type Charter = {
  presetId: CharterPresetId;
  officeKo: string;
  officeEn: string;
  /** acknowledged − arrived; null where the charter names no figure. */
  attendTargetMs: number | null;
  /** arrived − issued; null where the charter names no figure. */
  guideTargetMs: number | null;
  /** Not in any charter: the product's default for when a clock turns to warning. */
  warningShare: number;
  /** Compensation for a repeat visit caused by staff error. */
  compensationKind: CompensationKind;
  /** Null where the amount is set by a regulation rather than by the charter. */
  compensationAmountWon: number | null;
  compensationBasisKo: string;
  escortPolicy: EscortPolicy;
  /** The charter promises a named stand-in (업무대행자) when the official is away. */
  standInRequired: boolean;
  /**
   * Reply deadlines per kind of case, in working days counted as shared/cases/reply-deadline.ts
   * explains; null where the charter names no period for that kind.
   */
  complaintReplyDays: number;
  dissatisfactionReplyDays: number | null;
  unkindnessReplyDays: number | null;
  suggestionReplyDays: number | null;
  /** Unkindness reports about one official (or desk) that call for action; null where none is promised. */
  unkindnessActionThreshold: number | null;
  /** Not in any charter: how many days of reports the threshold counts (a rolling period). */
  unkindnessWindowDays: number;
  greetingKo: string;
};

/** The days a charter gives a case of `kind`, or null for none. */
export function replyDaysFor(charter: Charter, kind: CaseKind): number | null {
  switch (kind) {
    case 'complaint':
      return charter.complaintReplyDays;
    case 'dissatisfaction':
      return charter.dissatisfactionReplyDays;
    case 'unkindness':
      return charter.unkindnessReplyDays;
    case 'suggestion':
      return charter.suggestionReplyDays;
  }
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export const charterPresets: Record<CharterPresetId, Charter> = {
  mss: {
    presetId: 'mss',
    officeKo: '중소벤처기업부',
    officeEn: 'Ministry of SMEs and Startups',
    // 000: "다른 업무중에라도 민원인이 찾아오면 3분 이내에 우선적으로 민원인의 요구사항을 경청하겠습니다."
    attendTargetMs: 3 * MINUTE,
    // 000: no promise on finding the destination.
    guideTargetMs: null,
    warningShare: 0.7,
    // 000: "고객의 불편에 대해 10,000원 상당의 상품권으로 보상하겠습니다 … 민원인이 우리부 직원의 잘못으로 두 번 이상 방문한 경우"
    compensationKind: 'giftVoucher',
    compensationAmountWon: 10_000,
    compensationBasisKo: '10,000원 상당의 상품권',
    // 000: no escort promise.
    escortPolicy: 'notPromised',
    // 000: "업무담당자가 출장, 휴가 등으로 자리를 비우게 될 때는 업무대행자를 지정하여 처리하도록 하겠습니다."
    standInRequired: true,
    // 000: "우편, 전화, 인터넷, FAX 등으로 접수된 불만사항에 대한 회신은 접수일로부터 3일 이내에 처리결과를 통보하며"
    complaintReplyDays: 3,
    // 000 names unkindness and dissatisfaction as 불만사항: "불친절·불만족 사항에 대하여 신고하지 않은 사항도"
    dissatisfactionReplyDays: 3,
    unkindnessReplyDays: 3,
    // 000: "그 결과는 의견주신 분들께 반드시 통보해 드리겠습니다." — a promise to answer, with no period.
    suggestionReplyDays: null,
    // 000: "고객의 불만을 일으킨 직원에 대해서는 주의, 재교육 등 시정조치" — no count of reports.
    unkindnessActionThreshold: null,
    unkindnessWindowDays: DEFAULT_UNKINDNESS_WINDOW_DAYS,
    // 000: "고객을 공손하게 맞이하고" — no wording is given, so the product's plain greeting.
    greetingKo: '어서 오십시오. 무엇을 도와드릴까요?',
  },
  tipa: {
    presetId: 'tipa',
    officeKo: '중소기업기술정보진흥원',
    officeEn: 'Korea Technology and Information Promotion Agency for SMEs (TIPA)',
    // 001: "다른 업무 중에라도 우선적으로 고객의 요구를 경청" — no figure.
    attendTargetMs: null,
    guideTargetMs: null,
    warningShare: 0.7,
    // 001: "재방문에 따른 10,000원 상당의 교통비를 보상해 드리겠습니다."
    compensationKind: 'travelCost',
    compensationAmountWon: 10_000,
    compensationBasisKo: '10,000원 상당의 교통비',
    escortPolicy: 'notPromised',
    // 001: "업무담당자가 출장, 휴가 등으로 자리를 비우게 될 때는 업무대행자를 지정하여 처리"
    standInRequired: true,
    // 001: "우리의 서비스 수준에 대한 고객의 불만족 사항은 접수된 날로부터 7일 이내에 시정하여 그 결과를 통보"
    // — complaints and unkindness are dissatisfaction with the service, so the same 7 days.
    complaintReplyDays: 7,
    dissatisfactionReplyDays: 7,
    unkindnessReplyDays: 7,
    // 001: "시책이나 제도 및 운영의 개선에 관한 건의에 대하여는 … 14일 이내에 그 처리결과를 고객에게 실명으로 통지"
    suggestionReplyDays: 14,
    unkindnessActionThreshold: null,
    unkindnessWindowDays: DEFAULT_UNKINDNESS_WINDOW_DAYS,
    // 001: "고객을 맞이할 때는 먼저 자신의 이름을 밝히고" — the staff member adds their name.
    greetingKo: '안녕하십니까? 저는 ○○○입니다. 무엇을 도와드릴까요?',
  },
  inje: {
    presetId: 'inje',
    officeKo: '인제군',
    officeEn: 'Inje County',
    // 002: "다른 일을 하고 있더라고 고객의 양해를 구한 후 10초 이내에 멈추고 고객의 용건을 우선 듣겠습니다."
    attendTargetMs: 10 * SECOND,
    // 002: helpers at the desk, but no figure for finding the destination.
    guideTargetMs: null,
    warningShare: 0.7,
    // 002: "5,000원 상당(문화상품권)을 보상 … 담당공무원의 잘못으로 한가지 민원처리를 위하여 두 번 이상 방문하신 경우"
    compensationKind: 'cultureVoucher',
    compensationAmountWon: 5_000,
    compensationBasisKo: '5,000원 상당의 문화상품권',
    // 002: "장애인ㆍ노약자에 대해서는 원하시는 부서까지 안내하여 드리겠습니다."
    escortPolicy: 'disabledAndElderly',
    standInRequired: false,
    // 002: "불친절ㆍ불만족하시거나 개선할 사항이 있는 경우에는 … 7일 이내에 그 결과를 통보해 드리겠습니다."
    complaintReplyDays: 7,
    dissatisfactionReplyDays: 7,
    unkindnessReplyDays: 7,
    suggestionReplyDays: 7,
    // 002: "해당직원에 자체교육을 실시하고 동일사례가 재발되지 않도록" — no count of reports.
    unkindnessActionThreshold: null,
    unkindnessWindowDays: DEFAULT_UNKINDNESS_WINDOW_DAYS,
    // 002: "“어서 오십시오, 무엇을 도와드릴까요?”등 첫인사로 고객을 맞이하고"
    greetingKo: '어서 오십시오, 무엇을 도와드릴까요?',
  },
  mokpo: {
    presetId: 'mokpo',
    officeKo: '목포시',
    officeEn: 'Mokpo City',
    // 003: "즉시(5초 이내) 하던 일을 중단하고 고객의 의견을 들겠습니다."
    attendTargetMs: 5 * SECOND,
    // 003: "고객이 원하는 곳을 2분 이내 찾을 수 있도록 도와 드리겠습니다."
    guideTargetMs: 2 * MINUTE,
    warningShare: 0.7,
    // 003: "잘못하여 발급한 민원서류를 재발급 받기 위하여 다시 시청을 방문하였을 때에는 공무원여비규정에 따라 교통비를 보상"
    compensationKind: 'travelCost',
    compensationAmountWon: null,
    compensationBasisKo: '공무원여비규정에 따른 교통비',
    // 003: "「민원안내소」에 안내요원 1명을 상시 배치"
    escortPolicy: 'guideOnDuty',
    standInRequired: false,
    // 003: "불친절 · 불만족을 느끼셨거나 개선하여야 할 사항이 있을 경우, … 3일 이내에 검토하여 그 결과를 통보"
    complaintReplyDays: 3,
    dissatisfactionReplyDays: 3,
    // 003: "공무원과의 민원처리 과정에서 불쾌하셨거나, 만족하지 못하신 경우 연락을 주시면 해당 공무원에게
    // 주의를 주고, 그 결과를 1일 이내에 알려 드리겠으며" — about an official's conduct: unkindness.
    unkindnessReplyDays: 1,
    suggestionReplyDays: 3,
    // 003: "3회 이상 누적될 경우 타부서 발령 등 인사 조치를 하겠습니다."
    unkindnessActionThreshold: 3,
    unkindnessWindowDays: DEFAULT_UNKINDNESS_WINDOW_DAYS,
    // 003: "어서 오십시오. 자리에 앉으십시오. 무엇을 도와 드릴까요?"
    greetingKo: '어서 오십시오. 자리에 앉으십시오. 무엇을 도와 드릴까요?',
  },
  miryang: {
    presetId: 'miryang',
    officeKo: '밀양시',
    officeEn: 'Miryang City',
    // 004: "즉시(10초이내) 하던 일을 중단하고 고객의 의견을 듣겠습니다."
    attendTargetMs: 10 * SECOND,
    // 004: "고객이 방문시 즉시(3분이내) 담당자에게 안내하여"
    guideTargetMs: 3 * MINUTE,
    warningShare: 0.7,
    // 004: "『밀양시민원사무착오및지연에대한보상규정』에서 정한 보상금액을 보상" — the amount is the regulation's.
    compensationKind: 'perOrdinance',
    compensationAmountWon: null,
    compensationBasisKo: '밀양시민원사무착오및지연에대한보상규정에서 정한 보상금액',
    // 004: "민원실 및 전실과소에 민원안내요원을 상시 배치"
    escortPolicy: 'guideOnDuty',
    standInRequired: false,
    // 004: "불친절 불만족을 느끼셨거나 개선하여야 할 사항이 있을 경우, … 3일 이내에 검토하여 그 결과를 통보"
    complaintReplyDays: 3,
    dissatisfactionReplyDays: 3,
    unkindnessReplyDays: 3,
    suggestionReplyDays: 3,
    // 004: "해당공무원에게 주의 및 친절 교육을 실시하겠습니다." — no count of reports.
    unkindnessActionThreshold: null,
    unkindnessWindowDays: DEFAULT_UNKINDNESS_WINDOW_DAYS,
    // 004: "안녕하세요. 어서 오십시오. 제가 도와드겠습니다" — the seed's typo (도와드겠습니다) corrected.
    greetingKo: '안녕하세요. 어서 오십시오. 제가 도와드리겠습니다.',
  },
};
