/**
 * `npm run test:all`: builds dist/ once (server, plugin and admin), then runs the SQLite, PostgreSQL and MariaDB
 * suites side by side, then the end-to-end tests in chromium.
 *
 * Each API test file boots Strapi on a database of its own, so the three database suites are independent; a
 * Strapi boot is CPU-bound but much of a suite is spent waiting on a database, so side by side they share the
 * machine's cores better than one after another. Each suite's output is kept together (and in .tmp/test-all/) and
 * printed when it ends; the summary names each suite, its result, its time and jest's counts, and the exit code is
 * non-zero when any suite failed.
 *
 * NEWSROOM_SKIP_BUILD=1 skips the build (CI has just run `npm run build`); the suites always skip their own
 * compile (tests/setup/compile.js), which would rewrite dist/ while the others boot Strapi from it.
 * Arguments pick suites: `node scripts/test-all.js postgres mysql`.
 */
const { spawn } = require('node:child_process');
const { createWriteStream, mkdirSync } = require('node:fs');
const path = require('node:path');

const appDir = path.resolve(__dirname, '..');
const logDir = path.join(appDir, '.tmp', 'test-all');
const jestBin = path.join(appDir, 'node_modules', '.bin', 'jest');

/** Suites of one phase run side by side; phases run in order. */
// The export and import tests run Strapi's CLI, which recompiles dist/ whatever it is told: side by side with
// suites booting Strapi from dist/, one could read a file half written. They run after, one database at a time.
const EXPORT_IMPORT = 'tests/export-import.test.ts';
const exceptExportImport = ['--', '--testPathIgnorePatterns', 'export-import'];
const phases = [
  [
    { name: 'sqlite', command: ['npm', 'test', ...exceptExportImport] },
    { name: 'postgres', command: ['npm', 'run', 'test:postgres', ...exceptExportImport] },
    { name: 'mysql', command: ['npm', 'run', 'test:mysql', ...exceptExportImport] },
  ],
  [
    {
      name: 'export-import',
      command: [
        'sh',
        '-c',
        ['sqlite', 'postgres', 'mysql']
          .map((client) => `DATABASE_CLIENT=${client} ${jestBin} ${EXPORT_IMPORT} --selectProjects=integration`)
          .join(' && '),
      ],
    },
  ],
  // The end-to-end tests drive chromium against `strapi start`: after the others, not competing with them for
  // the CPU (their page waits are timed). `npm run test:e2e` would rebuild the admin: jest alone here.
  [{ name: 'e2e', command: [jestBin, '--config', 'jest.e2e.config.js'] }],
];

const out = (line) => process.stdout.write(`${line}\n`);
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const stamp = () => new Date().toISOString().slice(11, 19);

const running = new Set();
const stopAll = (signal) => {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  process.exit(signal === 'SIGINT' ? 130 : 143);
};
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

/** Runs a command with the output streamed as it comes (the build). */
const runLive = (command, env) =>
  new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: appDir, env, stdio: 'inherit' });
    child.on('error', (error) => {
      out(String(error));
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

/** Runs one suite with its output collected; prints it whole when the suite ends. */
const runSuite = (suite, env) =>
  new Promise((resolve) => {
    const started = Date.now();
    const log = createWriteStream(path.join(logDir, `${suite.name}.log`));
    const chunks = [];
    out(`[test:all ${stamp()}] ${suite.name}: started (${suite.command.join(' ')})`);
    // A process group of its own, so that an interrupted test:all stops the suite's Strapi children too.
    const child = spawn(suite.command[0], suite.command.slice(1), {
      cwd: appDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    const collect = (chunk) => {
      chunks.push(chunk);
      log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const finish = (code) => {
      running.delete(child);
      log.end();
      const text = chunks.map(String).join('');
      const passed = code === 0;
      // jest's own summary lines, for the overall summary.
      const counts = ['Test Suites:', 'Tests:']
        .map((label) => text.split('\n').filter((line) => line.startsWith(label)).pop())
        .filter(Boolean)
        .join('; ');
      const result = { ...suite, passed, code, time: seconds(started), counts };
      out(`\n======== ${suite.name} (${suite.command.join(' ')}): ${passed ? 'passed' : `FAILED (exit ${code})`} in ${result.time}`);
      process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
      out(`======== end of ${suite.name}: ${passed ? 'passed' : 'FAILED'}\n`);
      resolve(result);
    };
    child.on('error', (error) => {
      chunks.push(String(error));
      finish(1);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? `signal ${signal}` : 1)));
  });

const main = async () => {
  const wanted = process.argv.slice(2);
  const known = phases.flat().map((suite) => suite.name);
  const unknown = wanted.filter((name) => !known.includes(name));
  if (unknown.length) {
    out(`test:all: no suite named ${unknown.join(', ')} (suites: ${known.join(', ')})`);
    return 2;
  }
  const started = Date.now();
  mkdirSync(logDir, { recursive: true });
  // Child suites never compile: dist/ is built here (or by CI) once, before any of them boots Strapi from it.
  const env = { ...process.env, NEWSROOM_SKIP_BUILD: '1' };

  if (process.env.NEWSROOM_SKIP_BUILD === '1') {
    out('[test:all] NEWSROOM_SKIP_BUILD=1: using the dist/ already built');
  } else {
    out(`[test:all ${stamp()}] build: npm run build (once, for every suite)`);
    const buildStarted = Date.now();
    const code = await runLive(['npm', 'run', 'build'], process.env);
    if (code !== 0) {
      out(`\ntest:all: FAILED: the build (npm run build) exited with ${code}; no suite was run`);
      return 1;
    }
    out(`[test:all ${stamp()}] build: done in ${seconds(buildStarted)}`);
  }

  const results = [];
  for (const phase of phases) {
    const suites = phase.filter((suite) => !wanted.length || wanted.includes(suite.name));
    results.push(...(await Promise.all(suites.map((suite) => runSuite(suite, env)))));
  }

  out(`test:all summary (${seconds(started)} in all; logs in ${path.relative(appDir, logDir)}/):`);
  for (const result of results) {
    out(`  ${result.name.padEnd(8)} ${result.passed ? 'passed' : 'FAILED'}  ${result.time.padStart(6)}  ${result.counts}`);
  }
  const failed = results.filter((result) => !result.passed).map((result) => result.name);
  out(failed.length ? `test:all: FAILED: ${failed.join(', ')}` : 'test:all: all suites passed');
  return failed.length ? 1 : 0;
};

main().then(
  (code) => process.exit(code),
  (error) => {
    out(`test:all: ${error && error.stack ? error.stack : error}`);
    process.exit(1);
  },
);
