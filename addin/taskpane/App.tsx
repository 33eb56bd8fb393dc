/**
 * The task pane: one FluentProvider, the language switch, the live status line and the seven
 * steps. Components get their services as props (the workbook adapter, sign-in, the API); none
 * calls Office or the network itself.
 */
import {
  FluentProvider,
  Radio,
  RadioGroup,
  Field,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { PaneLanguage } from '../workbook';
import { AnnounceContext, LiveRegion } from './Announcer';
import { DEFAULT_LANGUAGE, DICTIONARIES, LanguageContext } from './i18n';
import type { AuthState, PaneServices } from './services';
import { CheckStep } from './steps/CheckStep';
import { LockedStep } from './steps/LockedStep';
import { RosterStep, type LoadedRoster } from './steps/RosterStep';
import { SignInStep } from './steps/SignInStep';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  top: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export function App(props: { services: PaneServices; initialLanguage?: PaneLanguage }) {
  const { workbook, auth, today } = props.services;
  const styles = useStyles();
  const [lang, setLang] = useState<PaneLanguage>(props.initialLanguage ?? DEFAULT_LANGUAGE);
  const [message, setMessage] = useState('');
  const [authState, setAuthState] = useState<AuthState>(() => auth.current());
  const [roster, setRoster] = useState<LoadedRoster | null>(null);
  // A new language clears the status line: a sentence left in the other language would be read out wrongly.
  const language = useMemo(
    () => ({
      lang,
      t: DICTIONARIES[lang],
      setLang: (next: PaneLanguage) => {
        setLang(next);
        setMessage('');
      },
    }),
    [lang],
  );
  const t = language.t;
  useEffect(() => auth.subscribe(setAuthState), [auth]);
  // Screen readers pronounce the pane in its language.
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const signedIn = authState.status === 'signed-in';

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <LanguageContext.Provider value={language}>
        <AnnounceContext.Provider value={setMessage}>
          <div className={styles.pane}>
            <div className={styles.top}>
              <Text>{t.tagline}</Text>
              <Field label={t.language}>
                <RadioGroup
                  layout="horizontal"
                  value={lang}
                  onChange={(_, data) => language.setLang(data.value as PaneLanguage)}
                >
                  {(Object.keys(DICTIONARIES) as PaneLanguage[]).map((code) => (
                    <Radio
                      key={code}
                      value={code}
                      label={<span lang={code}>{DICTIONARIES[code].languageName}</span>}
                    />
                  ))}
                </RadioGroup>
              </Field>
            </div>
            <LiveRegion message={message} />
            <SignInStep auth={auth} state={authState} />
            <RosterStep
              workbook={workbook}
              roster={roster}
              onRoster={setRoster}
              onMapping={(mapping) => setRoster((r) => (r ? { ...r, mapping } : r))}
            />
            <CheckStep workbook={workbook} roster={roster} defaultAsOf={today()} />
            {signedIn ? null : (
              <>
                <LockedStep n={4} id="step-create" title={t.steps.create} what={t.locked.create} />
                <LockedStep n={5} id="step-submit" title={t.steps.submit} what={t.locked.submit} />
                <LockedStep n={6} id="step-past" title={t.steps.past} what={t.locked.past} />
                <LockedStep n={7} id="step-overview" title={t.steps.overview} what={t.locked.overview} />
              </>
            )}
          </div>
        </AnnounceContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
