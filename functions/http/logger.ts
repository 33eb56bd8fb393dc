/**
 * Structured JSON logs, one line per event, with every NIK masked. Masking is done on the final
 * line (any run of 16 digits, with or without separators), not field by field, so a NIK that
 * slips into a message, an error or a URL is masked too.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

// 16 digits, optionally split by spaces, dots or dashes, not inside a longer run of digits.
const NIK_LIKE = /(?<!\d)(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})(?!\d)/g;

export function maskNiksInText(text: string): string {
  return text.replace(NIK_LIKE, (_all, a: string, _b, _c, d: string) => `${a}********${d}`);
}

export function jsonLogger(sink: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  return {
    log(level, message, fields = {}) {
      const line = JSON.stringify(
        { level, time: new Date().toISOString(), message, ...fields },
        (_k, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message } : v),
      );
      sink(maskNiksInText(line));
    },
  };
}
