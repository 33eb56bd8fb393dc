/**
 * The pane's UI loads only when the pane is shown (addin/runtime/pane-loader.ts): at once when
 * the page is visible, else on Office's visibility event or the page's own visibility change,
 * and never twice. A hidden page (the shared runtime running formulas only) loads nothing.
 */
import { describe, expect, it } from 'vitest';
import { whenPaneShown, type AddinVisibility } from '../../addin/runtime/pane-loader';

class FakePage extends EventTarget {
  constructor(public visibilityState: DocumentVisibilityState) {
    super();
  }
  show(): void {
    this.visibilityState = 'visible';
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

function fakeAddin(): AddinVisibility & { emit(mode: string): void } {
  const handlers: ((message: { visibilityMode: unknown }) => void)[] = [];
  return {
    onVisibilityModeChanged: (handler) => {
      handlers.push(handler);
      return Promise.resolve(() => Promise.resolve());
    },
    emit: (mode) => handlers.forEach((h) => h({ visibilityMode: mode })),
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('whenPaneShown', () => {
  it('loads at once when the pane is visible at start', async () => {
    let loads = 0;
    await whenPaneShown(
      new FakePage('visible') as unknown as Document,
      fakeAddin(),
      async () => void loads++,
    );
    expect(loads).toBe(1);
  });

  it('loads nothing while the runtime is hidden, then once when Office shows the pane', async () => {
    let loads = 0;
    const page = new FakePage('hidden');
    const addin = fakeAddin();
    const done = whenPaneShown(page as unknown as Document, addin, async () => void loads++);
    await tick();
    addin.emit('Hidden');
    await tick();
    expect(loads).toBe(0);
    addin.emit('Taskpane');
    page.show();
    addin.emit('Taskpane');
    await done;
    expect(loads).toBe(1);
  });

  it("loads on the page's own visibility change where Office has no visibility event", async () => {
    let loads = 0;
    const page = new FakePage('hidden');
    const noEvent: AddinVisibility = {
      onVisibilityModeChanged: () => Promise.reject(new Error('not supported')),
    };
    const done = whenPaneShown(page as unknown as Document, noEvent, async () => void loads++);
    await tick();
    expect(loads).toBe(0);
    page.show();
    await done;
    expect(loads).toBe(1);
  });
});
