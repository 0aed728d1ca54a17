import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRODUCTION_NODE_FLAGS } from '../../bench/node-server.js';
import { fromRoot } from '../../src/paths.js';

// The benchmarks measure the server as production starts it: the image, `npm start` and the benchmark agree.
describe('production Node flags', () => {
  const expected = ['node', ...PRODUCTION_NODE_FLAGS, 'dist/src/main.js'];

  it('are the ones the image starts the server with', () => {
    const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(fromRoot('Dockerfile'), 'utf8'))?.[1];
    expect(JSON.parse(cmd ?? '[]')).toEqual(expected);
  });

  it('are the ones npm start runs the server with', () => {
    const start: string = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')).scripts.start;
    expect(start).toContain(expected.join(' '));
  });
});
