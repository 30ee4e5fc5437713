/** Characters one logged error may take: a 900 KB request must not write megabytes of log. */
export const LOG_LINE_MAX = 500;

/**
 * One line of log for a value a client may have shaped (an error message quoting its SQL, a query): control
 * characters and line breaks become spaces, so it stays one line, and past `max` characters it is cut with a
 * count of what was left out.
 */
export const boundedLogLine = (value: unknown, max: number = LOG_LINE_MAX): string => {
  // \p{Cc}: C0 and C1 controls, line breaks included.
  const text = (value instanceof Error ? value.message : String(value)).replace(/\p{Cc}+/gu, ' ');
  if (text.length <= max) return text;
  return `${text.slice(0, max)}… (${text.length - max} more characters)`;
};
