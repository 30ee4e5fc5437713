import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ServerMessage, ServerReply } from './protocol';

type ReplyOf<T extends ServerReply['type']> = Extract<ServerReply, { type: T }>;

export interface Measured {
  child: ChildProcess;
  /** Sends a message and resolves with the next reply of the given type (rejects on the child's error). */
  ask<T extends ServerReply['type']>(message: ServerMessage | null, type: T): Promise<ReplyOf<T>>;
  stop(): Promise<void>;
}

const wrap = (child: ChildProcess): Measured => {
  const ask = <T extends ServerReply['type']>(message: ServerMessage | null, type: T) =>
    new Promise<ReplyOf<T>>((resolve, reject) => {
      const onMessage = (reply: ServerReply) => {
        if (reply.type !== type && reply.type !== 'error') return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (reply.type === 'error') reject(new Error(reply.message));
        else resolve(reply as ReplyOf<T>);
      };
      const onExit = (code: number | null) => {
        child.off('message', onMessage);
        reject(new Error(`the benchmarked process exited (${code}) before answering "${type}"`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      if (message) child.send(message);
    });
  return {
    child,
    ask,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' } satisfies ServerMessage);
      }),
  };
};

const running = new Set<ChildProcess>();
process.on('exit', () => running.forEach((child) => child.kill()));

/** Starts one of the measured processes (compiled beside this file) with --expose-gc, for its memory reports. */
export const start = (script: 'server' | 'floor' | 'ceiling', env: Record<string, string>): Measured => {
  const child = fork(path.join(__dirname, `${script}.js`), [], {
    env: { ...process.env, ...env },
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return wrap(child);
};
