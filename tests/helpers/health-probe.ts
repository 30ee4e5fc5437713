import type supertest from 'supertest';

export interface ProbedAttack {
  /** The attack's own answer. */
  response: supertest.Response;
  /** The longest `/_health` took while the attack ran, counted from when it was due, in ms. */
  worstHealthMs: number;
  /** How many health checks answered while the attack ran. */
  probes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attack` and, while it runs, asks `/_health` every `everyMs`. Strapi runs in the test's process, so a
 * request that blocks the event loop also delays the probe's timer: each probe is timed from when it was due,
 * not from when it was sent, and a blocked loop shows as a late probe even when the attack ends first.
 * A freeze is asserted as `worstHealthMs` over a bound, never as the attack's own duration.
 */
const probeOnce = async (
  http: () => supertest.Agent,
  attack: () => supertest.Test | Promise<supertest.Response>,
  everyMs: number,
): Promise<ProbedAttack> => {
  let done = false;
  let worstHealthMs = 0;
  let probes = 0;
  const attacked = Promise.resolve(attack()).finally(() => {
    done = true;
  });
  const probing = (async () => {
    let due = Date.now();
    while (!done) {
      due += everyMs;
      await sleep(Math.max(0, due - Date.now()));
      worstHealthMs = Math.max(worstHealthMs, Date.now() - due);
      if (done) break;
      const health = await http().get('/_health');
      if (health.status !== 204) throw new Error(`/_health answered ${health.status} during the attack`);
      probes += 1;
      worstHealthMs = Math.max(worstHealthMs, Date.now() - due);
      due = Math.max(due, Date.now());
    }
  })();
  const [response] = await Promise.all([attacked, probing]);
  return { response, worstHealthMs, probes };
};

/** What the security suite calls a freeze: `/_health` taking this long while one request runs. */
export const FREEZE_MS = 1000;

/**
 * Runs `attack` and, while it runs, asks `/_health` every `everyMs` (see probeOnce). CI runs three databases'
 * suites side by side on two cores, so a probe may also wait for another process: when one run reaches
 * FREEZE_MS, the attack is run once more and the better run is answered (not for a read answered 2xx, which the
 * response cache may answer the second time). A freeze the attack causes repeats; a stall of the machine seldom
 * does twice.
 */
export const healthDuring = async (
  http: () => supertest.Agent,
  attack: () => supertest.Test | Promise<supertest.Response>,
  { everyMs = 100 } = {},
): Promise<ProbedAttack> => {
  const first = await probeOnce(http, attack, everyMs);
  if (first.worstHealthMs < FREEZE_MS) return first;
  // A read answered 2xx may come from the response cache the second time: its first run is the one that counts.
  if (first.response.request.method === 'GET' && first.response.status < 300) return first;
  console.warn(`/_health waited ${first.worstHealthMs} ms during an attack: running it once more`);
  const second = await probeOnce(http, attack, everyMs);
  return second.worstHealthMs < first.worstHealthMs ? second : first;
};
