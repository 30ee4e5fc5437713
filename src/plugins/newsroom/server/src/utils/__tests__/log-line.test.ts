import { boundedLogLine, LOG_LINE_MAX } from '../log-line';

describe('boundedLogLine', () => {
  it('keeps a short message as it is', () => {
    expect(boundedLogLine('select 1 — روسيا')).toBe('select 1 — روسيا');
  });

  it('takes the message of an error', () => {
    expect(boundedLogLine(new Error('duplicate key'))).toBe('duplicate key');
  });

  it('puts a multi-line message on one line', () => {
    expect(boundedLogLine('insert into x\nvalues (1)\r\n\u0000returning id')).toBe('insert into x values (1) returning id');
  });

  it('cuts a long message and says how much was left out', () => {
    const line = boundedLogLine('x'.repeat(900_000));
    expect(line).toBe(`${'x'.repeat(LOG_LINE_MAX)}… (${900_000 - LOG_LINE_MAX} more characters)`);
  });

  it('takes its own bound', () => {
    expect(boundedLogLine('abcdef', 3)).toBe('abc… (3 more characters)');
  });
});
