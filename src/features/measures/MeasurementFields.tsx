// The measure form's "how it is measured" part (issue 4): the influence ring, quality levels,
// sampling (survey, how values are read, minimum n) and the service-level threshold. Rendered
// inside MeasureForm; `readMeasurementFields` reads them back from the submitted form.
import { createSignal, For, Show } from 'solid-js';
import type { MeasureDraft } from '../../client/api.ts';
import {
  DEFAULT_MIN_SAMPLE,
  INFLUENCES,
  QUALITY_LEVELS,
  SAMPLE_KINDS,
  type Influence,
  type QualityLevel,
  type SampleKind,
} from '../../domain/measurement-terms.ts';
import type { Measure } from '../../domain/types.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { parseNumber } from '../../client/forms.ts';
import type { LocaleKit } from '../../client/i18n.ts';

type Initial = Partial<
  Pick<
    Measure,
    'libraryKey' | 'influence' | 'qualityLevels' | 'survey' | 'sampleKind' | 'minSample' | 'thresholdSeconds'
  >
>;

export function MeasurementFields(props: {
  kit: LocaleKit;
  initial: Initial | null;
  errors: Record<string, string[]>;
  libraryName?: string | undefined;
}) {
  const { t } = props.kit;
  const tm = t.measurement;
  const init = props.initial ?? {};
  const [survey, setSurvey] = createSignal(init.survey ?? false);
  const [kind, setKind] = createSignal<SampleKind | ''>(init.sampleKind ?? '');
  const levels = new Set<QualityLevel>(init.qualityLevels ?? []);
  const showThreshold = init.libraryKey === 'service_level' || (init.thresholdSeconds ?? null) !== null;
  const levelError = () => props.errors.qualityLevels ?? [];

  return (
    <fieldset class="measurement-fields">
      <legend>{tm.howMeasured}</legend>
      <input type="hidden" name="libraryKey" value={init.libraryKey ?? ''} />
      <Show when={props.libraryName}>
        <p class="hint">{tm.fromLibrary(props.libraryName!)}</p>
      </Show>
      <SelectField
        name="influence"
        label={tm.influence}
        value={init.influence ?? 'partial'}
        options={INFLUENCES.map((i) => ({ value: i, label: tm.influences[i] }))}
        errors={props.errors}
      />
      <fieldset class="checks" aria-describedby={levelError().length ? 'quality-levels-error' : undefined}>
        <legend>{tm.qualityLevels}</legend>
        <For each={QUALITY_LEVELS}>
          {(l) => (
            <label>
              <input type="checkbox" name="qualityLevels" value={l} checked={levels.has(l)} /> {tm.levels[l]}{' '}
              <span class="hint">({tm.levelHints[l]})</span>
            </label>
          )}
        </For>
        <Show when={levelError().length}>
          <p class="field-error" id="quality-levels-error">
            {levelError().join(' ')}
          </p>
        </Show>
      </fieldset>
      <div class="row">
        <SelectField
          name="sampleKind"
          label={tm.sampleKind}
          value={kind()}
          options={[
            { value: '', label: tm.sampleKinds.none },
            ...SAMPLE_KINDS.map((k) => ({ value: k, label: tm.sampleKinds[k] })),
          ]}
          errors={props.errors}
          onChange={(v) => setKind(v as SampleKind | '')}
        />
        <Show when={survey() || kind() !== ''}>
          <TextField
            name="minSample"
            label={tm.minSample}
            value={String(init.minSample ?? DEFAULT_MIN_SAMPLE)}
            hint={tm.minSampleHint}
            errors={props.errors}
          />
        </Show>
        <Show when={showThreshold}>
          <TextField
            name="thresholdSeconds"
            label={tm.thresholdSeconds}
            value={init.thresholdSeconds ?? ''}
            hint={tm.thresholdHint}
            errors={props.errors}
          />
        </Show>
      </div>
      <label class="check">
        <input type="checkbox" name="survey" checked={survey()} onChange={(e) => setSurvey(e.currentTarget.checked)} />{' '}
        {tm.survey}
      </label>
      <Show when={props.errors.survey?.length}>
        <p class="field-error">{props.errors.survey!.join(' ')}</p>
      </Show>
    </fieldset>
  );
}

/** The measurement fields of a submitted measure form, as the API takes them. */
export function readMeasurementFields(
  form: HTMLFormElement,
): Pick<
  MeasureDraft,
  'libraryKey' | 'influence' | 'qualityLevels' | 'survey' | 'sampleKind' | 'minSample' | 'thresholdSeconds'
> {
  const data = new FormData(form);
  const text = (k: string) => {
    const v = data.get(k);
    return typeof v === 'string' ? v : '';
  };
  const minSample = data.has('minSample') ? parseNumber(text('minSample')) : null;
  const threshold = data.has('thresholdSeconds') ? parseNumber(text('thresholdSeconds')) : null;
  return {
    libraryKey: (text('libraryKey') || null) as MeasureDraft['libraryKey'],
    influence: (text('influence') || 'partial') as Influence,
    qualityLevels: data.getAll('qualityLevels').filter((v): v is string => typeof v === 'string') as QualityLevel[],
    survey: data.get('survey') === 'on',
    sampleKind: (text('sampleKind') || null) as SampleKind | null,
    // A blank minimum keeps the default; NaN lets the schema say "Enter a number".
    ...(minSample === null ? {} : { minSample }),
    thresholdSeconds: threshold,
  };
}
