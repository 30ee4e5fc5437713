import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, stopChild, waitForHealth } from '../helpers/processes';
import { APP_DIR } from '../helpers/strapi';

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/**
 * `strapi start` on the built app (admin included) with a fresh SQLite file: what a newcomer runs,
 * with the first administrator created from the environment.
 */
export const startBuiltApp = async (env: Record<string, string>): Promise<RunningApp> => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(path.join(APP_DIR, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      ...env,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dataDir, 'data.db'),
      STRAPI_TELEMETRY_DISABLED: 'true',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHealth(url, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    async stop() {
      await stopChild(child);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
