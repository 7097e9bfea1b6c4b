import { useMemo } from 'react';
import {
  API_CHOICES,
  decodeAnswers,
  encodeAnswers,
  HARDWARE_CHOICES,
  INSTALL_CHOICES,
  MODEL_CHOICES,
  NEEDS,
  NO_ANSWERS,
  OS_CHOICES,
  requiredCapabilities,
  WORKLOADS,
  type GuideAnswers,
  type Need,
} from '../../lib/guide/answers';
import { matrixView, rankEngines, type GuideRow } from '../../lib/guide/rank';
import { CheckboxGroup } from '../island-shared/CheckboxGroup';
import { RadioGroup } from './RadioGroup';
import { SelectQuestion } from './SelectQuestion';
import { useIslandData, type IslandData } from '../island-shared/island-data';
import { makeLabels } from '../island-shared/labels';
import { useUrlState } from '../island-shared/useUrlState';
import { enginePath, matrixPath } from '../../lib/urls';
import type { MessageKey } from '../../i18n';

/** The guide page's data block: rows plus each engine's scenario reasons, in row order. */
export interface GuideData extends IslandData {
  reasons: GuideRow['reasons'][];
}

interface Props {
  /** Id of the page's JSON data block (see lib/page-data). */
  dataId: string;
}

const decodeGuide = (search: string) => ({ state: decodeAnswers(search), ignored: [] });

/** "Which engine should I use?": four questions, a ranked list with reasons, answers in the URL. */
export default function GuideTool({ dataId }: Props) {
  const data = useIslandData<GuideData>(dataId);
  const { messages, locale } = data;
  const rows: GuideRow[] = useMemo(
    () => data.rows.map((row, i) => ({ ...row, reasons: data.reasons[i]! })),
    [data],
  );
  const labels = useMemo(() => makeLabels(messages, locale, rows), [messages, locale, rows]);
  const { t } = labels;
  const {
    state: answers,
    setState: setAnswers,
    ready,
  } = useUrlState<GuideAnswers>(NO_ANSWERS, decodeGuide, encodeAnswers);

  const update = (patch: Partial<GuideAnswers>) => setAnswers((a) => ({ ...a, ...patch }));
  const answered =
    requiredCapabilities(answers).length > 0 ||
    !!(answers.hardware || answers.os || answers.workload);
  const { ranked, excluded } = useMemo(() => rankEngines(rows, answers), [rows, answers]);
  const needLabel = (need: string) => labels.column(need);

  return (
    <div className="space-y-6" data-guide-root data-ready={ready || undefined}>
      <div className="grid gap-6 md:grid-cols-2" data-guide-questions>
        <SelectQuestion
          name="hardware"
          label={t('guide.hardware')}
          anyLabel={t('guide.any')}
          options={HARDWARE_CHOICES.map((key) => ({
            value: key,
            label: labels.column(`hardware.${key}`),
          }))}
          value={answers.hardware}
          onChange={(hardware) => update({ hardware })}
        />
        <RadioGroup
          name="os"
          legend={t('guide.os')}
          anyLabel={t('guide.any')}
          options={OS_CHOICES.map((os) => ({ value: os, label: labels.column(`os.${os}`) }))}
          value={answers.os}
          onChange={(os) => update({ os })}
          inline
        />
        <RadioGroup
          name="workload"
          legend={t('guide.workload')}
          anyLabel={t('guide.any')}
          options={WORKLOADS.map((workload) => ({
            value: workload,
            label: t(`workload.${workload}`),
          }))}
          value={answers.workload}
          onChange={(workload) => update({ workload })}
        />
        <CheckboxGroup
          name="api"
          legend={t('guide.api')}
          options={API_CHOICES.map((key) => ({
            value: key,
            label: labels.column(`endpoints.${key}`),
          }))}
          checked={answers.api}
          onChange={(api) => update({ api: api as GuideAnswers['api'] })}
        />
        <RadioGroup
          name="install"
          legend={t('guide.install')}
          anyLabel={t('guide.any')}
          options={INSTALL_CHOICES.map((key) => ({
            value: key,
            label: t(`guide.install.${key}` as MessageKey),
          }))}
          value={answers.install}
          onChange={(install) => update({ install })}
        />
        <SelectQuestion
          name="model"
          label={t('guide.model')}
          anyLabel={t('guide.any')}
          options={MODEL_CHOICES.map((key) => ({
            value: key,
            label: labels.column(`models.${key}`),
          }))}
          value={answers.model}
          onChange={(model) => update({ model })}
        />
        <CheckboxGroup
          name="needs"
          legend={t('guide.needs')}
          options={NEEDS.map((need) => ({ value: need, label: needLabel(need) }))}
          checked={answers.needs}
          onChange={(needs) => update({ needs: needs as Need[] })}
        />
      </div>

      <section aria-labelledby="guide-results" data-guide-results>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="guide-results" className="text-2xl font-semibold">
            {t('guide.results')}
          </h2>
          {answered && (
            <div className="flex flex-wrap gap-3 text-sm">
              <a href={matrixPath(locale, matrixView(answers))} data-guide-matrix-link>
                {t('guide.openMatrix')}
              </a>
              <button
                type="button"
                className="matrix-link-button"
                onClick={() => setAnswers(NO_ANSWERS)}
              >
                {t('guide.reset')}
              </button>
            </div>
          )}
        </div>
        {!answered ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t('guide.noAnswers')}</p>
        ) : (
          <>
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('guide.tieRule')}</p>
            <ol className="mt-3 space-y-3" data-ranking>
              {ranked.map((entry, index) => (
                <li
                  key={entry.row.id}
                  className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
                  data-engine={entry.row.id}
                >
                  <h3 className="text-lg font-semibold">
                    <span className="mr-2 text-slate-500 dark:text-slate-400" data-place>
                      {ranked[index + 1]?.place === entry.place ||
                      ranked[index - 1]?.place === entry.place
                        ? t('guide.tiedPlace', { place: entry.place })
                        : t('guide.place', { place: entry.place })}
                    </span>
                    <a href={enginePath(entry.row.id, locale)}>{entry.row.name}</a>
                    {entry.row.status !== 'active' && (
                      <span
                        className="ml-2 rounded-full border border-partial px-2 py-0.5 align-middle text-xs font-medium text-partial dark:border-partial-dark dark:text-partial-dark"
                        data-dormant
                      >
                        {labels.enumValue('status', entry.row.status)}
                      </span>
                    )}
                  </h3>
                  <ul className="mt-1 space-y-1 text-sm">
                    {answers.hardware && entry.hardware && (
                      <li className="flex items-center gap-1">
                        <span
                          aria-hidden="true"
                          className={`support-icon support-icon-${entry.hardware.support}`}
                        />
                        {t('guide.runsOn', {
                          hardware: labels.column(`hardware.${answers.hardware}`),
                          level: labels.support(entry.hardware.support),
                        })}
                        {entry.hardware.note && ` — ${entry.hardware.note}`}
                      </li>
                    )}
                    {entry.scenario && (
                      <li>
                        <span className="font-medium">
                          {t('guide.ratingLine', {
                            scenario: t(`scenario.${entry.scenario.key}`),
                            rating: labels.rating(entry.scenario.rating),
                          })}
                        </span>
                        {' — '}
                        {entry.scenario.reason}
                      </li>
                    )}
                    {entry.met.length > 0 && (
                      <li data-meets>
                        <span className="font-medium">{t('guide.meets')}:</span>{' '}
                        {entry.met
                          .map(
                            (m) =>
                              `${needLabel(m.need)}${m.level === 'yes' ? '' : ` (${labels.support(m.level)})`}`,
                          )
                          .join(', ')}
                      </li>
                    )}
                    {entry.missed.length > 0 && (
                      <li data-misses>
                        <span className="font-medium">{t('guide.misses')}:</span>{' '}
                        {entry.missed.map(needLabel).join(', ')}
                      </li>
                    )}
                  </ul>
                </li>
              ))}
            </ol>
          </>
        )}
        {answered && excluded.length > 0 && (
          <details className="mt-4" data-excluded>
            <summary className="cursor-pointer">
              {t('guide.excluded', { count: excluded.length })}
            </summary>
            <ul className="mt-2 space-y-1 text-sm">
              {excluded.map(({ row, because }) => (
                <li key={row.id}>
                  {t('guide.excludedBecause', {
                    name: row.name,
                    what: because
                      .map((what) =>
                        what === 'hardware'
                          ? labels.column(`hardware.${answers.hardware}`)
                          : labels.column(`os.${answers.os}`),
                      )
                      .join(', '),
                  })}
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  );
}
