/**
 * `npm run bench`: the six performance figures of the product, each with its budget, printed as a
 * table and written to bench/results.json. Timings are ratios against a baseline measured in the
 * same run where the machine's speed would otherwise decide. Budgets are reported, never asserted in
 * `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { ensureCertificate } from '../src/local/certificate';
import { buildBarePage, measureInteraction, measureLoad, type InteractionLatency } from './browser';
import { measureSpfxBundle, measureTabFirstLoad } from './bundleSize';
import { measureSaveCost, type SaveCost } from './saveCost';

const root = resolve(__dirname, '..');

interface Row {
  readonly figure: string;
  readonly measured: string;
  readonly budget: string;
  readonly pass: boolean | undefined;
  readonly details?: unknown;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

async function figure(
  name: string,
  budget: string,
  measure: () => Promise<Omit<Row, 'figure' | 'budget'>>,
): Promise<Row> {
  try {
    return { figure: name, budget, ...(await measure()) };
  } catch (error) {
    // One figure that cannot be measured does not hide the others.
    return {
      figure: name,
      budget,
      measured: `not measured: ${error instanceof Error ? error.message : String(error)}`,
      pass: false,
    };
  }
}

function ensureBuilt(): void {
  const tab = resolve(root, 'release/teams-tab/index.html');
  const sppkg = resolve(root, 'sharepoint/solution/spe-permission-matrix.sppkg');
  if (existsSync(tab) && existsSync(sppkg)) return;
  console.log('Building the tab and the web part first (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
}

async function main(): Promise<void> {
  ensureBuilt();
  await buildBarePage();
  const rows: Row[] = [];

  rows.push(
    await figure('1. Tab first load (JS + CSS, gzip)', '≤ 180 KB', async () => {
      const load = await measureTabFirstLoad();
      return {
        measured: `${kb(load.totalGzipBytes)} in ${load.chunks.length} files (+ ${kb(load.onDemandGzipBytes)} on demand)`,
        pass: load.totalGzipBytes <= 180 * 1024,
        details: load,
      };
    }),
  );

  const load = await measureLoad(10).catch((error: unknown) => error);
  rows.push(
    await figure(
      '2. Graph round trips to a usable matrix',
      'no needless waits; grants reads in parallel',
      async () => {
        if (load instanceof Error) throw load;
        const { roundTrips } = load as Awaited<ReturnType<typeof measureLoad>>;
        const forMatrix = roundTrips.requests.filter(
          (request) => !request.path.includes('/servicePrincipals'),
        );
        const depth = Math.max(0, ...forMatrix.map((request) => request.after));
        return {
          measured: `${forMatrix.length} requests, chain depth ${depth}, ${roundTrips.sequentialGrantsReads} grants reads waited`,
          pass: depth <= 2 && roundTrips.sequentialGrantsReads === 0,
          details: roundTrips,
        };
      },
    ),
  );
  rows.push(
    await figure(
      '3. Time to interactive matrix (10 regs × 20 apps)',
      '≤ 1.5× bare Fluent table',
      async () => {
        if (load instanceof Error) throw load;
        const { tti } = load as Awaited<ReturnType<typeof measureLoad>>;
        return {
          measured: `${ms(tti.tabMedianMs)} vs ${ms(tti.bareMedianMs)} = ${tti.ratio.toFixed(2)}×`,
          pass: tti.ratio <= 1.5,
          details: tti,
        };
      },
    ),
  );

  const latencies: InteractionLatency[] = [];
  rows.push(
    await figure(
      '4. Click to next paint (p50 / p95), heap',
      'p95 ≤ 50 ms and heap ≤ 60 MB at 1,000 apps',
      async () => {
        for (const apps of [20, 200, 1000]) latencies.push(await measureInteraction(apps));
        const largest = latencies[latencies.length - 1] as InteractionLatency;
        return {
          measured: latencies
            .map(
              (each) =>
                `${each.apps}: ${each.p50Ms.toFixed(0)}/${each.p95Ms.toFixed(0)} ms, ${each.heapMb.toFixed(0)} MB`,
            )
            .join('; '),
          pass: largest.p95Ms <= 50 && largest.heapMb <= 60,
          details: latencies,
        };
      },
    ),
  );

  rows.push(
    await figure(
      '5. Save cost (100 ms latency)',
      'reads + ⌈writes/20⌉ batches; ≥ 10× naive at 100',
      async () => {
        const costs: SaveCost[] = await measureSaveCost();
        const hundred = costs[costs.length - 1] as SaveCost;
        return {
          measured: costs
            .map(
              (cost) =>
                `${cost.changedApps}: ${cost.requests} req (${cost.expectedRequests} expected) ${ms(cost.milliseconds)} vs naive ${cost.naiveRequests} req ${ms(cost.naiveMilliseconds)}`,
            )
            .join('; '),
          pass: costs.every((cost) => cost.requests === cost.expectedRequests) && hundred.speedup >= 10,
          details: costs,
        };
      },
    ),
  );

  rows.push(
    await figure('6. Web part bundle (gzip)', 'ours: entry ≤ 300 KB (the issue sets none)', async () => {
      const bundle = measureSpfxBundle();
      return {
        measured: `entry ${kb(bundle.entryGzipBytes)}, lazy chunks ${kb(bundle.chunksGzipBytes)}`,
        pass: bundle.entryGzipBytes <= 300 * 1024,
        details: bundle,
      };
    }),
  );

  const table = rows.map((row) => [row.figure, row.measured, row.budget, row.pass ? 'pass' : 'FAIL']);
  const widths = [0, 1, 2, 3].map((column) =>
    Math.max(
      ...[['Figure', 'Measured', 'Budget', 'Result'], ...table].map((cells) => (cells[column] ?? '').length),
    ),
  );
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  console.log(line(['Figure', 'Measured', 'Budget', 'Result']));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const cells of table) console.log(line(cells));

  writeFileSync(
    resolve(__dirname, 'results.json'),
    `${JSON.stringify(
      {
        measuredAt: new Date().toISOString(),
        machine: {
          cpus: cpus().length,
          cpuModel: cpus()[0]?.model,
          memoryGb: Math.round(totalmem() / 2 ** 30),
        },
        figures: rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWritten to bench/results.json`);
}

async function start(): Promise<void> {
  // Node's fetch must trust the local stack's self-signed certificate; it reads the CA file at start-up.
  // (The environment may already name another CA file, e.g. the system bundle: ours must be the one.)
  const certificate = await ensureCertificate();
  if (process.env.NODE_EXTRA_CA_CERTS !== certificate.certPath) {
    const result = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate.certPath },
    });
    process.exit(result.status ?? 1);
  }
  await main();
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
