/** Step 2: find the roster in the workbook, read it, and show (and let a person fix) the header match. */
import { Button, Field, ProgressBar, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { ROSTER_FIELDS, columnLetter, type RosterField } from '../../../shared/roster';
import type { Progress, RosterPlace, RosterSnapshot, RosterWorkbook } from '../../workbook';
import { useAnnounce } from '../Announcer';
import { errorSentence } from '../errors';
import { useLanguage } from '../i18n';
import { clashingFields, mappingToMemory, recalledMapping, type ColumnMapping } from '../mapping';
import { Step } from '../Step';

export interface LoadedRoster {
  place: RosterPlace;
  snapshot: RosterSnapshot;
  mapping: ColumnMapping;
}

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function RosterStep(props: {
  workbook: RosterWorkbook;
  roster: LoadedRoster | null;
  onRoster: (roster: LoadedRoster) => void;
  onMapping: (mapping: ColumnMapping) => void;
}) {
  const { t } = useLanguage();
  const announce = useAnnounce();
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { roster, workbook } = props;

  async function find() {
    setBusy(true);
    setError(null);
    setProgress(null);
    announce(t.roster.finding);
    try {
      const place = await workbook.findRoster();
      const memory = await workbook.recall();
      const snapshot = await workbook.readRoster(place, {
        onProgress: (p) => setProgress(p),
      });
      const mapping = recalledMapping(place.headers, memory.headerMapping, place.sheet);
      props.onRoster({ place, snapshot, mapping });
      announce(t.roster.found(place.sheet, place.rowCount, place.headerRow + 1));
    } catch (caught) {
      const sentence = errorSentence(t, caught);
      setError(sentence);
      announce(sentence);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  function change(field: RosterField, value: string) {
    if (!roster) return;
    const mapping = { ...roster.mapping };
    if (value === '') delete mapping[field];
    else mapping[field] = Number(value);
    props.onMapping(mapping);
    void workbook.remember({
      headerMapping: mappingToMemory(roster.place.headers, mapping, roster.place.sheet),
    });
  }

  const mapped = new Set(Object.values(roster?.mapping ?? {}));
  const unmatched = roster?.place.headers.filter((h, i) => h !== '' && !mapped.has(i)) ?? [];
  const clash = roster ? clashingFields(roster.mapping) : [];

  return (
    <Step n={2} id="step-roster" title={t.steps.roster}>
      <Text>{t.roster.intro}</Text>
      <Button appearance={roster ? 'secondary' : 'primary'} onClick={() => void find()} disabled={busy}>
        {t.roster.find}
      </Button>
      {progress && (
        <Field label={t.roster.reading(progress.done, progress.total)}>
          <ProgressBar value={progress.done} max={Math.max(progress.total, 1)} />
        </Field>
      )}
      {error && <Text role="alert">{error}</Text>}
      {roster && (
        <>
          <Text weight="semibold">
            {t.roster.found(roster.place.sheet, roster.place.rowCount, roster.place.headerRow + 1)}
            {roster.place.table ? ` ${t.roster.inTable(roster.place.table)}` : ''}
          </Text>
          <h3 style={{ margin: 0, fontSize: '14px' }}>{t.roster.mappingTitle}</h3>
          <Text size={200}>{t.roster.mappingIntro}</Text>
          <div className={styles.grid}>
            {ROSTER_FIELDS.map((field) => (
              <Field key={field} label={t.fields[field]} size="small">
                <Select
                  size="small"
                  value={roster.mapping[field] === undefined ? '' : String(roster.mapping[field])}
                  onChange={(_, data) => change(field, data.value)}
                >
                  <option value="">{t.roster.notMapped}</option>
                  {roster.place.headers.map((header, column) =>
                    header === '' ? null : (
                      <option key={column} value={String(column)}>
                        {`${columnLetter(roster.place.firstColumn + column)} · ${header}`}
                      </option>
                    ),
                  )}
                </Select>
              </Field>
            ))}
          </div>
          {roster.mapping.nik === undefined && (
            <Text className={styles.warn} role="alert">
              {t.roster.needsNik}
            </Text>
          )}
          {clash.length > 0 && (
            <Text className={styles.warn} role="alert">
              {t.roster.clash(clash.map((f) => t.fields[f]).join(', '))}
            </Text>
          )}
          {unmatched.length > 0 && <Text size={200}>{t.roster.unmatched(unmatched.join(', '))}</Text>}
        </>
      )}
    </Step>
  );
}
