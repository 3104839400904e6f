// The import page: choose the kind of file and the file, see how it was read (columns, questions,
// bad rows, what would change) as a dry run, adjust, and import all of it in one go. Every change
// of a column's field or an answer runs the dry run again, so what is shown is what the server
// will do.
import { createSignal, For, Index, Show } from 'solid-js';
import { api, ApiError, type ImportAnswer, type ImportRequest } from '../../client/api.ts';
import { FIELDS_OF, IMPORT_KINDS, type ImportField, type ImportKind } from '../../domain/import/fields.ts';
import { DATE_FORMATS, type DateFormat, type DecimalMark, type PercentScale } from '../../domain/import/values.ts';
import type { RowError } from '../../server/import.ts';
import type { Locale } from '../../i18n/index.ts';
import { useLocale } from '../../client/i18n.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import { importMessage } from './messages.ts';
import { savedMapping, saveMapping } from './mapping-memory.ts';

/** As the server refuses (src/server/import-file.ts): checked here before anything is sent. */
const MAX_MB = 10;
const DATE_KEYS: Record<DateFormat, 'iso' | 'dmyDot' | 'dmySlash' | 'mdySlash'> = {
  iso: 'iso',
  'dmy.': 'dmyDot',
  'dmy/': 'dmySlash',
  'mdy/': 'mdySlash',
};
const ENTITIES = ['department', 'goal', 'measure', 'checkIn'] as const;
const ACTIONS = ['create', 'update', 'unchanged'] as const;

export default function ImportWizard(props: { locale: Locale }) {
  const { t, href } = useLocale(props.locale);
  const m = t.importer;
  const [kind, setKind] = createSignal<ImportKind>('goals');
  const [file, setFile] = createSignal<File | null>(null);
  const [answer, setAnswer] = createSignal<ImportAnswer | null>(null);
  const [mapping, setMapping] = createSignal<(ImportField | null)[] | undefined>(undefined);
  const [sheet, setSheet] = createSignal<string | undefined>(undefined);
  const [decimal, setDecimal] = createSignal<DecimalMark | undefined>(undefined);
  const [dateFormat, setDateFormat] = createSignal<DateFormat | undefined>(undefined);
  const [percentScale, setPercentScale] = createSignal<PercentScale | undefined>(undefined);
  const [progress, setProgress] = createSignal('');
  const [failure, setFailure] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const [done, setDone] = createSignal<ImportAnswer | null>(null);
  let resultHeading: HTMLHeadingElement | undefined;
  let errorsHeading: HTMLHeadingElement | undefined;
  let doneHeading: HTMLHeadingElement | undefined;
  let failureBox: HTMLParagraphElement | undefined;

  const options = (dryRun: boolean): ImportRequest => ({
    kind: kind(),
    sheet: sheet(),
    mapping: mapping(),
    decimal: decimal(),
    dateFormat: dateFormat(),
    percentScale: percentScale(),
    dryRun,
  });
  const known = () => Object.keys(FIELDS_OF[kind()]);

  function reset() {
    setAnswer(null);
    setMapping(undefined);
    setSheet(undefined);
    setDecimal(undefined);
    setDateFormat(undefined);
    setPercentScale(undefined);
    setFailure(null);
    setNotice(null);
    setDone(null);
  }

  async function check(opts: { remember?: boolean } = {}) {
    const f = file();
    if (!f) return;
    setFailure(null);
    setProgress(m.checking);
    try {
      let a = await api.importFile(f, options(true));
      // A mapping saved for these headers applies itself the first time a file is read.
      if (opts.remember && mapping() === undefined) {
        const saved = savedMapping(localStorage, kind(), a.file.headers, known());
        if (saved && saved.some((x, i) => x !== a.mapping[i])) {
          setMapping(saved);
          a = await api.importFile(f, options(true));
          setNotice(m.mappingApplied);
        }
      }
      setAnswer(a);
      setProgress(m.checked(a.errors.length));
      queueMicrotask(() => (a.errors.length ? errorsHeading : resultHeading)?.focus());
    } catch (e) {
      setAnswer(null);
      setProgress('');
      setFailure(e instanceof Error ? e.message : String(e));
      queueMicrotask(() => failureBox?.focus());
    }
  }

  function choose(f: File | null) {
    reset();
    setFile(f);
    if (!f) return;
    if (f.size > MAX_MB * 1024 * 1024) {
      setFile(null);
      setFailure(m.tooLarge(MAX_MB));
      queueMicrotask(() => failureBox?.focus());
      return;
    }
    void check({ remember: true });
  }

  function changeKind(k: ImportKind) {
    setKind(k);
    const f = file();
    reset();
    if (f) void check({ remember: true });
  }

  function mapColumn(i: number, field: string) {
    const next = [...(mapping() ?? answer()?.mapping ?? [])];
    next[i] = field ? (field as ImportField) : null;
    setMapping(next);
    setNotice(null);
    void check();
  }

  function remember() {
    const a = answer();
    if (!a) return;
    saveMapping(localStorage, kind(), a.file.headers, a.mapping);
    setNotice(m.mappingSaved);
  }

  async function runImport() {
    const f = file();
    if (!f) return;
    setFailure(null);
    setProgress(m.importing);
    try {
      const a = await api.importFile(f, options(false));
      setDone(a);
      setProgress(m.done);
      queueMicrotask(() => doneHeading?.focus());
    } catch (e) {
      setProgress('');
      const rows = e instanceof ApiError ? (e.body.importErrors as RowError[] | undefined) : undefined;
      const a = answer();
      if (rows && a) {
        setAnswer({ ...a, errors: rows });
        queueMicrotask(() => errorsHeading?.focus());
      } else {
        setFailure(e instanceof Error ? e.message : String(e));
        queueMicrotask(() => failureBox?.focus());
      }
    }
  }

  const ready = () => {
    const a = answer();
    return !!a && !a.errors.length && !a.questions.length && !progress().endsWith('…');
  };
  const samples = (a: ImportAnswer, i: number) =>
    a.sample
      .map((r) => r[i])
      .filter((c) => c !== null && c !== undefined && String(c).trim() !== '')
      .slice(0, 3)
      .map(String)
      .join(' · ');
  const separator = (d: string | null) =>
    d === ';' ? m.separators.semicolon : d === '\t' ? m.separators.tab : d === ',' ? m.separators.comma : '—';

  return (
    <div class="import-wizard">
      <h1>{m.title}</h1>
      <p class="lede">{m.intro}</p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {progress()}
      </p>

      <Show
        when={done()}
        fallback={
          <>
            <div class="card form">
              <fieldset>
                <legend>{m.kindLegend}</legend>
                <For each={IMPORT_KINDS}>
                  {(k) => (
                    <label>
                      <input
                        type="radio"
                        name="import-kind"
                        value={k}
                        checked={kind() === k}
                        onChange={() => changeKind(k)}
                      />{' '}
                      {m.kinds[k]}
                      <span class="hint"> — {m.kindHints[k]}</span>
                    </label>
                  )}
                </For>
              </fieldset>
              <label class="field">
                <span>{m.file}</span>
                <input
                  type="file"
                  name="file"
                  accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  aria-describedby="import-file-hint"
                  onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
                />
                <span class="hint" id="import-file-hint">
                  {m.fileHint(MAX_MB)}
                </span>
              </label>
              <Show when={progress().endsWith('…')}>
                <p class="hint" aria-hidden="true">
                  {progress()}
                </p>
              </Show>
            </div>

            <Show when={failure()}>
              <p class="notice" role="alert" tabindex="-1" ref={failureBox}>
                {failure()}
              </p>
            </Show>

            <Show when={answer()}>
              {(a) => (
                <>
                  <section class="card" aria-labelledby="import-file-heading">
                    <h2 id="import-file-heading" tabindex="-1" ref={resultHeading}>
                      {m.fileHeading}
                    </h2>
                    <dl class="import-facts">
                      <div>
                        <dt>{m.format}</dt>
                        <dd>{a().file.format.toUpperCase()}</dd>
                      </div>
                      <Show when={a().file.encoding}>
                        <div>
                          <dt>{m.encoding}</dt>
                          <dd>{a().file.encoding}</dd>
                        </div>
                      </Show>
                      <Show when={a().file.format === 'csv'}>
                        <div>
                          <dt>{m.separator}</dt>
                          <dd>{separator(a().file.delimiter)}</dd>
                        </div>
                      </Show>
                      <div>
                        <dt>{m.rows}</dt>
                        <dd>{a().file.rows}</dd>
                      </div>
                    </dl>
                    <Show when={a().file.sheets.length > 1}>
                      <label class="field">
                        <span>{m.sheet}</span>
                        <select
                          name="sheet"
                          value={a().file.sheet ?? ''}
                          onChange={(e) => {
                            setSheet(e.currentTarget.value);
                            setMapping(undefined);
                            void check({ remember: true });
                          }}
                        >
                          <For each={a().file.sheets}>{(s) => <option value={s}>{s}</option>}</For>
                        </select>
                      </label>
                    </Show>
                  </section>

                  <section class="card" aria-labelledby="import-mapping-heading">
                    <h2 id="import-mapping-heading">{m.mappingHeading}</h2>
                    <p class="hint">{m.mappingHint}</p>
                    <TableScroll label={m.mappingHeading}>
                      <table class="history import-mapping">
                        <thead>
                          <tr>
                            <th scope="col">{m.columnHeader}</th>
                            <th scope="col">{m.fieldHeader}</th>
                            <th scope="col">{m.samplesHeader}</th>
                          </tr>
                        </thead>
                        <tbody>
                          <Index each={a().file.headers}>
                            {(header, i) => (
                              <tr>
                                <th scope="row">{header()}</th>
                                <td>
                                  <select
                                    aria-label={m.fieldFor(header())}
                                    value={a().mapping[i] ?? ''}
                                    onChange={(e) => mapColumn(i, e.currentTarget.value)}
                                  >
                                    <option value="">{m.notImported}</option>
                                    <For each={known()}>
                                      {(f) => (
                                        <option value={f} selected={a().mapping[i] === f}>
                                          {(m.fields as Record<string, string>)[f] ?? f}
                                        </option>
                                      )}
                                    </For>
                                  </select>
                                </td>
                                <td class="hint">{samples(a(), i)}</td>
                              </tr>
                            )}
                          </Index>
                        </tbody>
                      </table>
                    </TableScroll>
                    <p>
                      <button type="button" onClick={remember}>
                        {m.saveMapping}
                      </button>
                    </p>
                    <Show when={notice()}>
                      <p class="form-message ok" role="status">
                        {notice()}
                      </p>
                    </Show>
                  </section>

                  <Show when={a().questions.length}>
                    <section class="card" aria-labelledby="import-questions-heading">
                      <h2 id="import-questions-heading">{m.questionsHeading}</h2>
                      <p class="hint">{m.questionsHint}</p>
                      <Show when={a().questions.includes('decimal')}>
                        <fieldset>
                          <legend>{m.decimalLegend}</legend>
                          <For
                            each={
                              [
                                [',', m.decimals.comma],
                                ['.', m.decimals.point],
                              ] as const
                            }
                          >
                            {([v, label]) => (
                              <label>
                                <input
                                  type="radio"
                                  name="import-decimal"
                                  value={v}
                                  checked={decimal() === v}
                                  onChange={() => {
                                    setDecimal(v);
                                    void check();
                                  }}
                                />{' '}
                                {label}
                              </label>
                            )}
                          </For>
                        </fieldset>
                      </Show>
                      <Show when={a().questions.includes('dateFormat')}>
                        <fieldset>
                          <legend>{m.dateLegend}</legend>
                          <For each={a().dateFormats.length > 1 ? a().dateFormats : DATE_FORMATS}>
                            {(v) => (
                              <label>
                                <input
                                  type="radio"
                                  name="import-date"
                                  value={v}
                                  checked={dateFormat() === v}
                                  onChange={() => {
                                    setDateFormat(v);
                                    void check();
                                  }}
                                />{' '}
                                {m.dateFormats[DATE_KEYS[v]]}
                              </label>
                            )}
                          </For>
                        </fieldset>
                      </Show>
                      <Show when={a().questions.includes('percentScale')}>
                        <fieldset>
                          <legend>{m.percentLegend}</legend>
                          <For each={['fraction', 'percent'] as const}>
                            {(v) => (
                              <label>
                                <input
                                  type="radio"
                                  name="import-percent"
                                  value={v}
                                  checked={percentScale() === v}
                                  onChange={() => {
                                    setPercentScale(v);
                                    void check();
                                  }}
                                />{' '}
                                {m.percentScales[v]}
                              </label>
                            )}
                          </For>
                        </fieldset>
                      </Show>
                    </section>
                  </Show>

                  <Show when={a().errors.length}>
                    <section class="card" aria-labelledby="import-errors-heading">
                      <h2 id="import-errors-heading" tabindex="-1" ref={errorsHeading}>
                        {m.errorsHeading(a().errors.length)}
                      </h2>
                      <TableScroll label={m.errorsHeading(a().errors.length)}>
                        <table class="history import-errors">
                          <caption>{m.errorsCaption}</caption>
                          <thead>
                            <tr>
                              <th scope="col">{m.rowHeader}</th>
                              <th scope="col">{m.columnHeader2}</th>
                              <th scope="col">{m.problemHeader}</th>
                            </tr>
                          </thead>
                          <tbody>
                            <For each={a().errors}>
                              {(e) => (
                                <tr>
                                  <td class="num">{e.row}</td>
                                  <td>{e.column ?? m.wholeFile}</td>
                                  <td>{importMessage(t, e)}</td>
                                </tr>
                              )}
                            </For>
                          </tbody>
                        </table>
                      </TableScroll>
                    </section>
                  </Show>

                  <Summary answer={a()} m={m} heading={m.summaryHeading} />

                  <div class="card">
                    <p class={ready() ? 'form-message ok' : 'hint'}>
                      {ready() ? m.ready : a().questions.length ? m.answerFirst : m.fixFirst}
                    </p>
                    <button type="button" class="primary" disabled={!ready()} onClick={runImport}>
                      {m.importButton}
                    </button>
                  </div>
                </>
              )}
            </Show>
          </>
        }
      >
        {(d) => (
          <section class="card" aria-labelledby="import-done-heading">
            <h2 id="import-done-heading" tabindex="-1" ref={doneHeading}>
              {m.doneHeading}
            </h2>
            <p>{m.done}</p>
            <Summary answer={d()} m={m} heading={m.summaryHeading} bare />
            <p>
              <a href={href('/')}>{m.toOverview}</a>
              {' · '}
              <button
                type="button"
                class="link"
                onClick={() => {
                  setFile(null);
                  reset();
                }}
              >
                {m.another}
              </button>
            </p>
          </section>
        )}
      </Show>
    </div>
  );
}

function Summary(props: {
  answer: ImportAnswer;
  m: ReturnType<typeof useLocale>['t']['importer'];
  heading: string;
  bare?: boolean;
}) {
  const m = props.m;
  const entities = () => ENTITIES.filter((e) => ACTIONS.some((x) => props.answer.summary[e][x] > 0));
  const table = () => (
    <>
      <TableScroll label={m.summaryCaption}>
        <table class="history import-summary">
          <caption>{m.summaryCaption}</caption>
          <thead>
            <tr>
              <td />
              <For each={ACTIONS}>
                {(x) => (
                  <th scope="col" class="num">
                    {m.actions[x]}
                  </th>
                )}
              </For>
            </tr>
          </thead>
          <tbody>
            <For each={entities()}>
              {(e) => (
                <tr>
                  <th scope="row">{m.entities[e]}</th>
                  <For each={ACTIONS}>{(x) => <td class="num">{props.answer.summary[e][x]}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </TableScroll>
      <Show when={props.answer.smallSamples > 0}>
        <p class="notice">{m.smallSamples(props.answer.smallSamples)}</p>
      </Show>
    </>
  );
  if (props.bare) return table();
  // Nothing to count yet (open questions): no empty table.
  return (
    <Show when={entities().length}>
      <section class="card" aria-labelledby="import-summary-heading">
        <h2 id="import-summary-heading">{props.heading}</h2>
        {table()}
        <Show when={props.answer.changes.some((c) => c.action !== 'unchanged')}>
          <details>
            <summary>{m.changesHeading}</summary>
            <ul class="import-changes">
              <For each={props.answer.changes.filter((c) => c.action !== 'unchanged')}>
                {(c) => (
                  <li>
                    {m.rowHeader} {c.row}: {m.actions[c.action]} — {m.entities[c.entity]}: {c.label}
                  </li>
                )}
              </For>
            </ul>
          </details>
        </Show>
      </section>
    </Show>
  );
}
