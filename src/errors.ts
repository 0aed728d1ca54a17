/** Coded errors; only the app's error handler maps them to HTTP statuses. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request is malformed; `field` names what is wrong. */
export class BadRequest extends AppError {
  constructor(message: string, readonly field?: string) {
    super('bad_request', message, field ? { field } : undefined);
  }
}

export class Unauthorized extends AppError {
  constructor(message = 'authentication required') {
    super('unauthorized', message);
  }
}

export class Forbidden extends AppError {
  constructor(message = 'forbidden') {
    super('forbidden', message);
  }
}

export class NotFound extends AppError {
  constructor(message = 'not found') {
    super('not_found', message);
  }
}

/** A dependency (Redis, the queue) cannot take work now; the caller should retry later. */
export class Unavailable extends AppError {
  constructor(message = 'temporarily unavailable') {
    super('unavailable', message);
  }
}

/** A platform API refused a request; `platformCode` is the platform's own error code. */
export class PlatformError extends AppError {
  constructor(
    readonly platform: string,
    readonly platformCode: number | undefined,
    message: string,
    readonly httpStatus?: number,
    readonly subcode?: number,
  ) {
    super('platform_error', message, { platform, platformCode, subcode });
  }
}

export const httpStatusOf: Record<string, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  unavailable: 503,
  platform_error: 502,
};
