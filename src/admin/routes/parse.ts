import type { z } from 'zod';
import { AppError } from '../../errors.js';
import { ContentError } from '../../faq/content.js';
import { fieldErrorsOf, type FieldErrors } from '../field-errors.js';

/** A 400 that names each field that is wrong, for the page to show beside it. */
export class InvalidFields extends AppError {
  constructor(fields: FieldErrors, message = 'Dữ liệu chưa hợp lệ, hãy sửa các ô được đánh dấu.') {
    super('bad_request', message, { fields });
  }
}

export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new InvalidFields(fieldErrorsOf(parsed.error.issues));
  return parsed.data;
}

/** Content that does not hold together (a missing document, a repeated id) is the staff's to fix: 400, not 500. */
export async function asBadRequest<T>(work: () => Promise<T> | T): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ContentError) throw new AppError('bad_request', error.message);
    throw error;
  }
}
