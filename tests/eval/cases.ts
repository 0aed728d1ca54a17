import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { fromRoot } from '../../src/paths.js';

const kindSchema = z.enum(['accented', 'unaccented', 'teencode', 'typo', 'nfd', 'followup', 'oos', 'chat']);
const caseSchema = z.object({
  id: z.string(),
  kind: kindSchema,
  turns: z
    .array(z.object({ text: z.string().min(1), expect: z.object({ entry: z.string().optional(), intent: z.string().optional() }) }))
    .min(1),
});
export type EvalCase = z.infer<typeof caseSchema>;

export async function loadCases(path = fromRoot('tests/eval/questions.yaml')): Promise<EvalCase[]> {
  const cases = z.object({ cases: z.array(caseSchema) }).parse(parse(await readFile(path, 'utf8'))).cases;
  // A case's id names its conversation: two cases with one id would share one.
  const repeated = cases.map((c) => c.id).filter((id, i, ids) => ids.indexOf(id) !== i);
  if (repeated.length > 0) throw new Error(`repeated case ids: ${repeated.join(', ')}`);
  return cases;
}

