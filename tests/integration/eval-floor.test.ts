import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/paths.js';
import { evaluate, loadCases } from '../eval/evaluate.js';

const floor = JSON.parse(readFileSync(fromRoot('tests/eval/floor.json'), 'utf8')) as {
  accuracy: number;
  answeredWhenShouldFallBack: number;
  fellBackWhenShouldAnswer: number;
};

describe('answer quality on the project question set', () => {
  it('stays at or above the floor recorded in tests/eval/floor.json', async () => {
    const report = await evaluate(await loadCases());
    const summary = report.failures.map((f) => `${f.id}: "${f.text}" expected ${f.expected}, got ${f.got}`).join('\n');
    expect(report.cases, 'the question set has at least 150 cases').toBeGreaterThanOrEqual(150);
    expect(report.accuracy, summary).toBeGreaterThanOrEqual(floor.accuracy);
    expect(report.answeredWhenShouldFallBack, summary).toBeLessThanOrEqual(floor.answeredWhenShouldFallBack);
    expect(report.fellBackWhenShouldAnswer, summary).toBeLessThanOrEqual(floor.fellBackWhenShouldAnswer);
  });
});
