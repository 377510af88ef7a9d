// `npm test`: every check a change must pass, with one summary at the end: format, lint, typecheck
// and the build side by side, then the unit and component tests and the browser tests.
// Each step runs even when an earlier one failed (so one run shows every problem), except steps
// that need an earlier step's output.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const startedAll = Date.now();
const vitestReport = join(root, 'temp', 'vitest-report.json');
const e2eReport = join(root, 'temp', 'vitest-e2e-report.json');

/**
 * `together`: the step runs beside the other `together` steps before the rest. Format, lint, typecheck
 * and the build each keep about one core busy; on two cores they take 30–40 % less time side by side
 * than one after another. The build goes first of all: its `gulp clean` empties temp/, where the test
 * runs then write their reports.
 * @type {{ name: string, script: string, needs?: string, report?: string, together?: boolean }[]}
 */
const steps = [
  { name: 'format', script: 'format:check', together: true },
  { name: 'lint', script: 'lint', together: true },
  { name: 'typecheck', script: 'typecheck', together: true },
  { name: 'build', script: 'build', together: true },
  { name: 'unit and component tests', script: 'test:unit', report: vitestReport },
  // The browser tests run the built tab, so they need the build.
  { name: 'browser tests', script: 'test:e2e', needs: 'build', report: e2eReport },
];

/**
 * A Vitest JSON report's counts and each file's time, read right after its step (the build's
 * `gulp clean` deletes temp/).
 */
function readVitestReport(file) {
  if (!file || !existsSync(file)) return undefined;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  return {
    counts: {
      passed: report.numPassedTests,
      failed: report.numFailedTests,
      skipped: report.numPendingTests + report.numTodoTests,
    },
    files: report.testResults.map((result) => ({
      name: relative(root, result.name),
      seconds: (result.endTime - result.startTime) / 1000,
    })),
  };
}

mkdirSync(join(root, 'temp'), { recursive: true });
rmSync(vitestReport, { force: true });
rmSync(e2eReport, { force: true });

/** Runs a step with its output kept, to be shown whole once it ends (steps side by side would mix lines). */
function runKeepingOutput(step) {
  return new Promise((resolvePromise) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', step.script], { cwd: root, env: process.env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      resolvePromise({ step, code, seconds: (Date.now() - started) / 1000, output: Buffer.concat(output) });
    });
  });
}

const results = [];
const together = await Promise.all(steps.filter((step) => step.together).map(runKeepingOutput));
for (const { step, code, seconds, output } of together) {
  process.stdout.write(`\n=== ${step.name} (npm run ${step.script}, beside the other checks)\n`);
  process.stdout.write(output);
  results.push({ name: step.name, status: code === 0 ? 'passed' : 'FAILED', seconds, note: '' });
}
for (const step of steps.filter((candidate) => !candidate.together)) {
  const needed = step.needs && results.find((r) => r.name === step.needs);
  if (needed && needed.status !== 'passed') {
    results.push({ name: step.name, status: 'not run', seconds: 0, note: `needs ${step.needs}` });
    continue;
  }
  process.stdout.write(`\n=== ${step.name} (npm run ${step.script})\n`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', step.script], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  });
  const seconds = (Date.now() - started) / 1000;
  const report = readVitestReport(step.report);
  const counts = report?.counts;
  results.push({
    name: step.name,
    status: run.status === 0 ? 'passed' : 'FAILED',
    seconds,
    counts,
    files: report?.files ?? [],
    note: counts ? `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped` : '',
  });
}

const width = Math.max(...results.map((r) => r.name.length));
process.stdout.write('\n=== Summary\n');
for (const r of results) {
  process.stdout.write(
    `${r.name.padEnd(width)}  ${r.status.padEnd(7)}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.note}\n`,
  );
}
// Format, lint, typecheck and the build overlap, so the steps add up to more than this.
process.stdout.write(
  `${'all'.padEnd(width)}           ${((Date.now() - startedAll) / 1000).toFixed(1).padStart(6)} s\n`,
);
// Where the test time goes: the ten slowest files of both Vitest runs (a file's time is its tests').
const slowest = results
  .flatMap((r) => r.files ?? [])
  .sort((a, b) => b.seconds - a.seconds)
  .slice(0, 10);
if (slowest.length > 0) {
  process.stdout.write('\n=== Ten slowest test files\n');
  for (const file of slowest)
    process.stdout.write(`${file.seconds.toFixed(1).padStart(6)} s  ${file.name}\n`);
}

const failedSteps = results.filter((r) => r.status !== 'passed');
const totals = results.reduce(
  (sum, r) =>
    r.counts
      ? {
          passed: sum.passed + r.counts.passed,
          failed: sum.failed + r.counts.failed,
          skipped: sum.skipped + r.counts.skipped,
        }
      : sum,
  { passed: 0, failed: 0, skipped: 0 },
);
// The plain closing line CI reads: tests counted by the runners, plus each failed step as a failure.
process.stdout.write(
  `\ntests: ${totals.passed} passed, ${totals.failed + failedSteps.length} failed, ${totals.skipped} skipped\n`,
);
if (failedSteps.length > 0) {
  process.stdout.write(`Failed: ${failedSteps.map((r) => r.name).join(', ')}\n`);
  process.exit(1);
}
