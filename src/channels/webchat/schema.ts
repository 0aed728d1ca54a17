import { z } from 'zod';

export const MAX_TEXT_LENGTH = 2000;

/** The web chat contract: a user id and either typed text or a button payload. */
export const webchatBodySchema = z
  .object({
    userId: z.string({ error: 'userId is required (a string)' }).trim().min(1, 'userId must not be empty').max(128, 'userId must be at most 128 characters'),
    text: z
      .string({ error: 'text must be a string' })
      .max(MAX_TEXT_LENGTH, `text must be at most ${MAX_TEXT_LENGTH} characters`)
      .refine((t) => t.trim().length > 0, 'text must not be empty')
      .optional(),
    payload: z.string({ error: 'payload must be a string' }).min(1, 'payload must not be empty').max(1000, 'payload must be at most 1000 characters').optional(),
    messageId: z.string().min(1).max(128).optional(),
  })
  .refine((b) => b.text !== undefined || b.payload !== undefined, { message: 'text or payload is required', path: ['text'] });

export type WebchatBody = z.infer<typeof webchatBodySchema>;
