// `npm run test:repeat -- <file or folder> [N]`: runs the same test files N times in a row (5 by
// default), each run a fresh Vitest process, and stops at the first failing run. A test that passes
// once and fails on the next run is flaky: a bug to find at its root, never to retry away.
import { spawnSync } from 'node:child_process';

const [target, countText = '5'] = process.argv.slice(2);
const count = Number(countText);
if (!target || !Number.isInteger(count) || count < 1) {
  process.stderr.write('Usage: npm run test:repeat -- <test file or folder> [runs, default 5]\n');
  process.exit(2);
}

for (let run = 1; run <= count; run += 1) {
  process.stdout.write(`\n=== ${target}: run ${run} of ${count}\n`);
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run', target], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`\n${target}: run ${run} of ${count} failed after ${seconds} s\n`);
    process.exit(1);
  }
  process.stdout.write(`=== ${target}: run ${run} of ${count} passed in ${seconds} s\n`);
}
process.stdout.write(`\n${target}: ${count} runs in a row passed\n`);
