import { z } from 'zod';

/** Where an answer applies: the whole country or one province/city the documents cover. */
export const scopeSchema = z.enum(['national', 'cao-bang', 'hai-phong', 'lai-chau', 'ha-noi']);
export type Scope = z.infer<typeof scopeSchema>;

/** One of the five source documents; entries cite it by id. */
export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  file: z.string(),
  number: z.string().min(1),
  title: z.string().min(1),
  issuer: z.string().min(1),
  /** As the document gives it; absent when it gives none. */
  date: z.string().min(1).optional(),
  /**
   * Its parts, numbered as the original numbers them ("V" may follow "III"), with their headings; an appendix is
   * "Phụ lục", its parts "Phụ lục I" and so on. Entries cite them as sections ("II.2", "Mục V.3", "Phụ lục IV").
   */
  parts: z.array(z.object({ number: z.string().min(1), title: z.string().min(1) })).default([]),
});
export type SourceDocument = z.infer<typeof documentSchema>;

export const citationSchema = z.object({
  doc: z.string().min(1),
  section: z.string().min(1).optional(),
});

export const topicSchema = z.enum([
  'days', 'coverage', 'subsidy', 'rights', 'services', 'digital', 'policy', 'targets', 'hospitals',
  'fraud', 'feedback', 'slogans', 'participation', 'general',
]);

export const faqEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and dashes'),
  topic: topicSchema,
  /** Entries that answer the same question for another scope or year share a group, so a follow-up can switch between them. */
  group: z.string().regex(/^[a-z0-9-]+$/).optional(),
  question: z.string().min(5).max(300),
  paraphrases: z.array(z.string().min(2).max(300)).min(1),
  keywords: z.array(z.string().min(1).max(80)).default([]),
  answer: z.string().min(10).max(700),
  /**
   * The items of the list the answer speaks of, when the answer cannot quote them all (the 12 slogans): each is given
   * on its own when asked for by its place ("câu số 2", "câu cuối", "câu tiếp theo").
   */
  items: z.array(z.string().min(2).max(300)).min(2).max(30).optional(),
  scope: scopeSchema.default('national'),
  sources: z.array(citationSchema).min(1),
  status: z.enum(['active', 'retired']).default('active'),
  /**
   * The documents do not answer this question (a premium in đồng, a hotline): the answer says so and where to ask.
   * It is given as a fallback, and the question goes to the staff inbox like any other the bot could not answer.
   */
  documentsSilent: z.boolean().optional(),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;
export type FaqEntryInput = z.input<typeof faqEntrySchema>;

export const faqFileSchema = z.object({ entries: z.array(faqEntrySchema) });
