/** One numbered step of the pane: a titled region a screen-reader user can jump to. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useLanguage } from './i18n';

const useStyles = makeStyles({
  step: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: tokens.spacingVerticalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  number: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular, marginRight: '6px' },
});

export function Step(props: {
  n: number;
  id: string;
  title: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const styles = useStyles();
  const { t } = useLanguage();
  const headingId = `${props.id}-title`;
  return (
    <section
      className={styles.step}
      aria-labelledby={headingId}
      aria-disabled={props.disabled || undefined}
      id={props.id}
    >
      <h2 className={styles.title} id={headingId}>
        <span className={styles.number}>{t.stepNumber(props.n)}</span>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
