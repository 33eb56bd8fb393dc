/**
 * Loads the pane's UI only when the pane is shown. The shared runtime opens this page for the
 * custom functions too, hidden: a workbook that only uses =RENTAN. formulas must not pay for
 * React and Fluent UI. The page is visible at start when the user opened the pane; otherwise
 * Office tells us when it is shown (Office.addin.onVisibilityModeChanged, SharedRuntime 1.1),
 * and the page's own visibility change covers hosts that do not send that event.
 */

/** The part of Office.addin the loader needs; absent outside a shared runtime. */
export interface AddinVisibility {
  onVisibilityModeChanged(handler: (message: { visibilityMode: unknown }) => void): Promise<unknown>;
}

/** Office.VisibilityMode.taskpane's value at run time (a string, whatever the typings' enum says). */
const TASKPANE = 'Taskpane';

/**
 * Calls `load` once, as soon as the pane is visible (now, or later). Returns a promise that
 * settles when `load` has run and settled.
 */
export function whenPaneShown(
  page: Document,
  addin: AddinVisibility | undefined,
  load: () => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      page.removeEventListener('visibilitychange', onVisibility);
      load().then(resolve, reject);
    };
    const onVisibility = () => {
      if (page.visibilityState === 'visible') start();
    };
    if (page.visibilityState === 'visible') {
      start();
      return;
    }
    page.addEventListener('visibilitychange', onVisibility);
    addin
      ?.onVisibilityModeChanged((message) => {
        if (String(message.visibilityMode) === TASKPANE) start();
      })
      // Older hosts without the event still have the page's own visibility change.
      .catch(() => undefined);
  });
}
