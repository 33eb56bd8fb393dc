/**
 * Step 3: check every row with shared/eligibility (offline, in the pane), show the counts by
 * status and by reason, select a reason's rows in the sheet, and write statuses back.
 */
import { Button, Field, Input, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { IsoDate } from '../../../shared/calendar';
import { DEFAULT_POLICY, checkRoster, summariseVerdicts, type RowVerdict } from '../../../shared/eligibility';
import { readRoster } from '../../../shared/roster';
import type { Progress, RosterSnapshot, RosterWorkbook } from '../../workbook';
import { useAnnounce } from '../Announcer';
import { errorSentence } from '../errors';
import { useLanguage } from '../i18n';
import { clashingFields, mappedValues } from '../mapping';
import { reasonGroups, warningGroups, type ReasonGroup } from '../reason-summary';
import { Step } from '../Step';
import type { LoadedRoster } from './RosterStep';

const useStyles = makeStyles({
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(4, 1fr)',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  count: {
    display: 'flex',
    flexDirection: 'column-reverse',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    '& dd': { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
    '& dt': { fontSize: tokens.fontSizeBase200 },
  },
  list: {
    listStyle: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

interface Checked {
  /** The roster and mapping checked: a new roster or a changed mapping makes the check stale. */
  source: LoadedRoster;
  verdicts: RowVerdict[];
  snapshot: RosterSnapshot;
}

export function CheckStep(props: {
  workbook: RosterWorkbook;
  roster: LoadedRoster | null;
  defaultAsOf: IsoDate;
}) {
  const { t, lang } = useLanguage();
  const announce = useAnnounce();
  const styles = useStyles();
  const [asOf, setAsOf] = useState<string>(props.defaultAsOf);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { roster, workbook } = props;
  const ready =
    roster !== null && roster.mapping.nik !== undefined && clashingFields(roster.mapping).length === 0;
  const current = checked && checked.source === roster ? checked : null;

  const summary = useMemo(() => (current ? summariseVerdicts(current.verdicts) : null), [current]);
  const reasons = useMemo(() => (current ? reasonGroups(current.verdicts, lang) : []), [current, lang]);
  const warnings = useMemo(() => (current ? warningGroups(current.verdicts, lang) : []), [current, lang]);

  async function run() {
    if (!roster) return;
    setBusy(true);
    setError(null);
    announce(t.check.running);
    // Let "Checking…" paint before the work (a large roster takes a moment).
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      const read = readRoster(mappedValues(roster.snapshot, roster.mapping));
      const verdicts = checkRoster(read.rows, DEFAULT_POLICY, { asOf }, read.blank, read.problems);
      setChecked({
        source: roster,
        verdicts,
        snapshot: { ...roster.snapshot, nikColumn: roster.mapping.nik ?? null },
      });
      announce(t.check.checked(verdicts.length));
    } catch (caught) {
      const sentence = errorSentence(t, caught);
      setError(sentence);
      announce(sentence);
    } finally {
      setBusy(false);
    }
  }

  async function select(group: ReasonGroup) {
    if (!current) return;
    try {
      const report = await workbook.selectRows(current.snapshot, group.rows);
      announce(t.check.selected(report.selected, report.found));
    } catch (caught) {
      announce(errorSentence(t, caught));
    }
  }

  async function write() {
    if (!current) return;
    setBusy(true);
    try {
      const report = await workbook.writeResults(current.snapshot, current.verdicts, lang, {
        onProgress: setProgress,
      });
      const notes = [t.check.written(report.written)];
      if (report.matchedByNik) notes.push(t.check.matchedByNik);
      if (report.unmatched > 0) notes.push(t.check.unmatched(report.unmatched));
      announce(notes.join(' '));
    } catch (caught) {
      announce(errorSentence(t, caught));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const groupList = (groups: ReasonGroup[], title: string, id: string) => (
    <>
      <h3 className={styles.sub} id={id}>
        {title}
      </h3>
      <ul className={styles.list} aria-labelledby={id}>
        {groups.map((group) => (
          <li key={group.code} className={styles.item}>
            <Text>
              <strong>{t.check.rows(group.rows.length)}</strong> · {group.sentence}
            </Text>
            <Button
              size="small"
              aria-label={t.check.selectLabel(group.rows.length, group.sentence)}
              onClick={() => void select(group)}
            >
              {t.check.select}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );

  return (
    <Step n={3} id="step-check" title={t.steps.check}>
      <Text>{t.check.intro}</Text>
      <Field label={t.check.asOf}>
        <Input type="date" value={asOf} onChange={(_, data) => setAsOf(data.value)} />
      </Field>
      <Button appearance="primary" disabled={!ready || busy || asOf === ''} onClick={() => void run()}>
        {t.check.run}
      </Button>
      {error && <Text role="alert">{error}</Text>}
      {summary && current && (
        <>
          <h3 className={styles.sub}>{t.check.countsTitle}</h3>
          <dl className={styles.counts}>
            {(['eligible', 'waitlisted', 'rejected', 'blank'] as const).map((status) => (
              <div key={status} className={styles.count} data-status={status}>
                <dd>{summary[status].toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB')}</dd>
                <dt>{t.check.counts[status]}</dt>
              </div>
            ))}
          </dl>
          {reasons.length > 0 ? (
            groupList(reasons, t.check.reasonsTitle, 'check-reasons')
          ) : (
            <Text>{t.check.noReasons}</Text>
          )}
          {warnings.length > 0 && groupList(warnings, t.check.warningsTitle, 'check-warnings')}
          <Button appearance="primary" disabled={busy} onClick={() => void write()}>
            {t.check.write}
          </Button>
          {progress && (
            <Field label={t.check.writing(progress.done, progress.total)}>
              <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} />
            </Field>
          )}
        </>
      )}
    </Step>
  );
}
