import { passwordProblems } from '../password-policy';

const email = 'editor@newsroom.example';

describe('passwordProblems', () => {
  it.each([
    ['short1A', 'must have at least 8 characters'],
    ['alllowercase1', 'must contain an upper case letter'],
    ['ALLUPPERCASE1', 'must contain a lower case letter'],
    ['NoDigitsHere', 'must contain a digit'],
    [`Aa1${'ش'.repeat(40)}`, 'must be at most 72 bytes'],
  ])('refuses %j everywhere: %s', (password, problem) => {
    expect(passwordProblems(password, { production: false, email })).toContain(problem);
    expect(passwordProblems(password, { production: true, email })).toContain(problem);
  });

  it("accepts what the admin's own form accepts outside production", () => {
    expect(passwordProblems('Password1', { production: false, email })).toEqual([]);
  });

  it.each(['Password1', 'Newsroom1', 'Editor2026', 'Qwerty123'])('refuses the guessable %j in production', (password) => {
    const problems = passwordProblems(password, { production: true, email });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/too easy to guess for production/);
  });

  it('accepts a long random password in production', () => {
    expect(passwordProblems('vR7#qL2m!Xe9wT4z', { production: true, email })).toEqual([]);
  });
});
