/** Steps 4–7 before sign-in: what the step will do, and why it cannot yet. */
import { Button, Text } from '@fluentui/react-components';
import { useLanguage } from '../i18n';
import { Step } from '../Step';

export function LockedStep(props: { n: number; id: string; title: string; what: string }) {
  const { t } = useLanguage();
  return (
    <Step n={props.n} id={props.id} title={props.title} disabled>
      <Text>{props.what}</Text>
      <Button disabledFocusable aria-describedby={`${props.id}-why`}>
        {props.title}
      </Button>
      <Text id={`${props.id}-why`} italic>
        {t.locked.needsSignIn}
      </Text>
    </Step>
  );
}
