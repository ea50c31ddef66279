/**
 * Returns a string equal to `text` that keeps no larger string alive. V8 makes a piece of 13
 * characters or more cut from a string (a CSV cell from its chunk of text) a view of that string, so a
 * cell kept in a key set or an issue would keep its whole chunk in memory: this copies it instead.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
