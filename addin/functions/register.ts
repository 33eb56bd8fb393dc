/**
 * The functions.js entry: tells Excel which function answers each formula id. It runs in the
 * shared runtime page, where Office provides the CustomFunctions global. The same page opened
 * outside Excel (a browser tab, a test) has no such global; registering is then skipped so the
 * task pane can still load and tell the user to open it from Excel.
 */
import { ASSOCIATIONS } from './associations';

if (typeof CustomFunctions !== 'undefined') {
  for (const [id, fn] of Object.entries(ASSOCIATIONS)) {
    CustomFunctions.associate(id, fn);
  }
}
