/**
 * The real add-in build (vite, the repo's vite.config.ts) served over HTTP and opened in a tab of
 * the same Chromium, with Excel's office.js stood in for, or unreachable (see commands/built-pane).
 */
import { expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { OfficeScript, PaneVisit } from './commands/built-pane';

declare module 'vitest/browser' {
  interface BrowserCommands {
    visitBuiltPane(scripts: OfficeScript[]): Promise<PaneVisit[]>;
  }
}

// One build for both visits: vite takes a couple of seconds.
const [inExcel, withoutOffice] = await commands.visitBuiltPane(['excel', 'unreachable']);

it('in Excel, the built page shows the pane ready and registers all six formulas, with no errors', () => {
  expect(inExcel).toEqual({
    status:
      'Siap di Excel. Ketik =RENTAN. di sel untuk memakai rumus. Ready in Excel. Type =RENTAN. in a cell to use the formulas.',
    sentences: {
      id: 'Siap di Excel. Ketik =RENTAN. di sel untuk memakai rumus.',
      en: 'Ready in Excel. Type =RENTAN. in a cell to use the formulas.',
    },
    heading: 'Rentan',
    lang: 'id',
    associated: ['RATE', 'PREMIUM', 'WAGEPREMIUM', 'ELIGIBLE', 'CHECK', 'ALLOCATE'],
    errors: [],
  });
});

it('without office.js, the built page tells the user to open the pane from Excel', () => {
  expect(withoutOffice?.sentences).toEqual({
    id: 'Buka panel ini dari Excel (tab Beranda → Rentan) untuk memakainya.',
    en: 'Open this pane from Excel (Home tab → Rentan) to use it.',
  });
  expect(withoutOffice?.errors).toEqual([]);
});
