// Text made safe for a terminal: page text never reaches it as escape sequences or control characters.

// ESC sequences (CSI "ESC [ … final", OSC "ESC ] … BEL or ESC \", and two-byte ones) and the 8-bit CSI, whole.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[ -~]?|\u009b[0-?]*[ -/]*[@-~]/g;
// C0 controls but tab and line feed (carriage return too: it lets text overwrite a line), DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text without terminal escape sequences and C0/C1 control characters; tab and line feed are kept. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}

/**
 * JSON for a terminal with the same meaning: JSON.stringify leaves DEL and the C1 controls raw (the 8-bit CSI among
 * them), so they are written as \u escapes, which parse back to the same strings.
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
