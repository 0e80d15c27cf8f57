/** Every error code the hub answers with, and the HTTP status it travels with. */
export const errorStatus = {
  invalid_input: 400,
  invalid_json: 400,
  invalid_ticket_code: 400,
  unknown_command: 404,
  not_found: 404,
  department_not_found: 404,
  desk_not_found: 404,
  ticket_not_found: 404,
  ticket_code_unknown: 404,
  escort_not_found: 404,
  staff_not_found: 404,
  device_not_found: 404,
  holiday_not_found: 404,
  compensation_not_found: 404,
  case_not_found: 404,
  sign_in_required: 401,
  device_not_paired: 401,
  pairing_code_wrong: 403,
  local_only: 403,
  origin_not_allowed: 403,
  host_not_served: 421,
  wrong_pin: 401,
  forbidden: 403,
  other_department_desk: 403,
  pin_locked: 429,
  pairing_locked: 429,
  rate_limited: 429,
  repeat_code_locked: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
  illegal_transition: 409,
  ticket_expired: 409,
  repeat_code_expired: 409,
  already_judged: 409,
  desk_away: 409,
  office_closed: 409,
  amount_required: 409,
  department_closed: 409,
  desk_not_away: 409,
  stand_in_loop: 409,
  queue_empty: 409,
  ticket_not_at_desk: 409,
  wrong_department: 409,
  department_prefix_taken: 409,
  staff_login_taken: 409,
  task_in_use: 409,
  last_manager: 409,
  charter_required: 409,
  setup_done: 409,
  due_day_not_later: 409,
  visit_not_served: 409,
  rating_closed: 409,
  already_rated: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** `retryAfterSeconds` comes with the lock-outs (429): how long until a new try is heard. */
export type ErrorBody = { error: { code: ErrorCode; message: string; retryAfterSeconds?: number } };

/** A refusal the hub means to give: it travels to the client as a 4xx with its code. */
export class HubError extends Error {
  readonly code: ErrorCode;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: ErrorCode, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'HubError';
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    const { code, message, retryAfterSeconds } = this;
    return {
      error: retryAfterSeconds === undefined ? { code, message } : { code, message, retryAfterSeconds },
    };
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}
