/**
 * The page's entry module (addin/runtime/taskpane.ts) as Excel runs it: office.js has defined the
 * Office global, whose onReady resolves once the host is ready. Excel itself is the stand-in.
 */
import { expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { renderPaneMarkup } from './pane-page';

it('in Excel, the entry waits for Office.onReady and then says it is ready, throwing nothing', async () => {
  let ready!: (info: { host: string; platform: string }) => void;
  let calls = 0;
  const office = {
    onReady: () => {
      calls += 1;
      return new Promise((resolve) => (ready = resolve));
    },
  };
  Object.assign(globalThis, { Office: office });
  const errors: unknown[] = [];
  addEventListener('error', (event) => errors.push(event.error));
  addEventListener('unhandledrejection', (event) => errors.push(event.reason));
  renderPaneMarkup();

  await import('../../addin/runtime/taskpane');

  expect(calls).toBe(1);
  await expect.element(page.getByRole('status')).toHaveTextContent('Memuat… Loading…');
  ready({ host: 'Excel', platform: 'OfficeOnline' });
  await expect
    .element(page.getByRole('status'))
    .toHaveTextContent(
      'Siap di Excel. Ketik =RENTAN. di sel untuk memakai rumus. Ready in Excel. Type =RENTAN. in a cell to use the formulas.',
    );
  expect(errors).toEqual([]);
});
