/**
 * The pane UI's chunk: loaded by the runtime page only when the pane is shown (see
 * addin/runtime/pane-loader.ts), so a workbook that only uses =RENTAN. formulas never loads React.
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { PaneServices } from './services';

export function mountPane(element: HTMLElement, services: PaneServices): () => void {
  const root = createRoot(element);
  root.render(<App services={services} />);
  return () => root.unmount();
}
