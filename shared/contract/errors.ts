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
  holiday_not_found: 404,
  compensation_not_found: 404,
  sign_in_required: 401,
  wrong_pin: 401,
  forbidden: 403,
  pin_locked: 429,
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
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export type ErrorBody = { error: { code: ErrorCode; message: string } };

/** A refusal the hub means to give: it travels to the client as a 4xx with its code. */
export class HubError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'HubError';
    this.code = code;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } };
  }
}

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}
