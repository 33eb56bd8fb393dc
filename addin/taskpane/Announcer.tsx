/**
 * The pane's one live region: progress and results are announced to screen readers as they
 * happen (polite: never interrupting), and shown to everyone as the pane's status line.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { createContext, useContext } from 'react';

export const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}

const useStyles = makeStyles({
  // Sticky: the pane is narrow and long, and the line must be seen from the button that changed it.
  line: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    margin: 0,
    minHeight: '1.4em',
    paddingBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
});

export function LiveRegion(props: { message: string }) {
  const styles = useStyles();
  return (
    <p className={styles.line} role="status" aria-live="polite" aria-atomic="true" data-testid="pane-status">
      {props.message}
    </p>
  );
}
