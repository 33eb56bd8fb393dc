/** Step 1: sign in with the regency account (the client provides PaneAuth). */
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useLanguage } from '../i18n';
import type { AuthState, PaneAuth } from '../services';
import { Step } from '../Step';

export function SignInStep(props: { auth: PaneAuth; state: AuthState }) {
  const { t } = useLanguage();
  const [failed, setFailed] = useState(false);
  const { state } = props;
  return (
    <Step n={1} id="step-sign-in" title={t.steps.signIn}>
      {state.status === 'signed-in' ? (
        <>
          <Text>{t.signIn.signedInAs(state.user.name, state.user.regency, state.user.roles.join(', '))}</Text>
          <Button onClick={() => void props.auth.signOut()}>{t.signIn.signOut}</Button>
        </>
      ) : state.status === 'unavailable' ? (
        <Text>{t.signIn.unavailable}</Text>
      ) : (
        <>
          <Text>{t.signIn.intro}</Text>
          <Button
            appearance="primary"
            onClick={() => {
              setFailed(false);
              props.auth.signIn().catch(() => setFailed(true));
            }}
          >
            {t.signIn.button}
          </Button>
          {failed && <Text role="alert">{t.signIn.failed}</Text>}
        </>
      )}
    </Step>
  );
}
