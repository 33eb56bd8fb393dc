/**
 * The functions.js entry: tells Excel which function answers each formula id. It runs in the
 * shared runtime page, where Office provides the CustomFunctions global.
 */
import { ASSOCIATIONS } from './associations';

for (const [id, fn] of Object.entries(ASSOCIATIONS)) {
  CustomFunctions.associate(id, fn);
}
