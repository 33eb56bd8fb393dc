/**
 * The task pane page's entry. It says whether the pane runs inside Excel, and in Excel loads the
 * pane's UI (a separate chunk: React and Fluent UI) once the pane is shown. The custom functions
 * were registered before this runs, by the page's first script.
 */
import { showHostStatus } from './host-status';
import { whenPaneShown } from './pane-loader';

/** Where the pane's UI goes: the page reserves it under the title. */
export const PANE_ROOT_ID = 'pane-root';

// Office is a global only when office.js loaded (inside Office, or a browser with network).
const office = typeof Office === 'undefined' ? undefined : Office;

void showHostStatus(document, office).then(async (state) => {
  const root = document.getElementById(PANE_ROOT_ID);
  if (state !== 'excel' || !root) return;
  await whenPaneShown(document, office?.addin, async () => {
    const { startPane } = await import('../taskpane/start');
    document.getElementById('intro')?.setAttribute('hidden', '');
    startPane(root);
  });
});
