/** Characters a terminal acts on rather than shows: C0 controls but tab and line feed, DEL, C1 controls, bidi overrides. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

const hex = (ch: string) => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
};

/**
 * The text with every terminal control shown as an escape (ESC → \x1B), so a brand, a value or a file name cannot
 * colour, clear, retitle or link the user's terminal. Everything the CLI prints goes through it.
 */
export const visibleControls = (text: string): string => text.replace(TERMINAL_CONTROL, hex);
