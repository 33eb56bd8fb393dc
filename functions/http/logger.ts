/**
 * Structured JSON logs, one line per event, with every NIK masked. The lines are Powertools
 * Logger's (level, timestamp, service, X-Ray trace id, errors with their location; level from
 * POWERTOOLS_LOG_LEVEL or Lambda's own setting). Masking is done on the final line (any run of
 * 16 digits, with or without separators), not field by field, so a NIK that slips into a message,
 * an error or a URL is masked too.
 */
import { Logger as PowertoolsLogger, type LogItem } from '@aws-lambda-powertools/logger';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

// 16 digits, optionally split by spaces, dots or dashes, not inside a longer run of digits.
const NIK_LIKE = /(?<!\d)(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})[ .-]?(\d{4})(?!\d)/g;

export function maskNiksInText(text: string): string {
  return text.replace(NIK_LIKE, (_all, a: string, _b, _c, d: string) => `${a}********${d}`);
}

/**
 * A NIK held as a number would be written as bare digits, and masking those in the line would
 * leave invalid JSON: write such numbers as text, which the line's masking then covers.
 */
function nikNumbersAsText(_key: string, value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e15
    ? String(value)
    : value;
}

/** Powertools' Logger, printing each finished line through the NIK mask into `sink`. */
class MaskingLogger extends PowertoolsLogger {
  constructor(private readonly sink: (line: string) => void) {
    super({ serviceName: 'rentan-api', jsonReplacerFn: nikNumbersAsText });
  }

  protected override printLog(_level: number, item: LogItem): void {
    item.prepareForPrint();
    this.sink(maskNiksInText(JSON.stringify(item.getAttributes(), this.getJsonReplacer())));
  }
}

export function jsonLogger(sink: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Logger {
  const logger = new MaskingLogger(sink);
  return {
    log(level, message, fields = {}) {
      logger[level](message, fields);
    },
  };
}
