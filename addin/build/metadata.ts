/**
 * Generates `functions.json` from the JSDoc in addin/functions/functions.ts with
 * custom-functions-metadata. Its CLI exits 0 even when it found errors, so we call the library
 * and throw on any error: a broken formula description must fail the build, not ship.
 */
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

export interface FunctionsMetadata {
  json: string;
  /** The function ids and the JavaScript names they must be associated with at runtime. */
  associate: { id: string; functionName: string }[];
}

export async function generateMetadata(sourceFile: string): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(sourceFile, false);
  if (result.errors.length > 0) {
    throw new Error(`functions.json could not be generated from ${sourceFile}:\n${result.errors.join('\n')}`);
  }
  if (!result.metadataJson) throw new Error(`No custom functions found in ${sourceFile}.`);
  return {
    json: result.metadataJson,
    associate: result.associate.map(({ id, functionName }) => ({ id, functionName })),
  };
}
