// The overview's quality balance (seed 003): how the organisation's measures spread over the
// three levels of quality — technical, spirit, access to information — and over the influence
// rings, with a note when a level has no measure at all: the counts of GET /api/quality-levels
// (the overview loads only part of the tree, the balance is the whole organisation's).
import { For, Show, createMemo } from 'solid-js';
import { QUALITY_LEVELS, type QualityLevel } from '../../domain/measurement-terms.ts';
import type { QualitySpread } from '../../domain/types.ts';
import type { LocaleKit } from '../../client/i18n.ts';

export function QualityBalance(props: { kit: LocaleKit; spread: QualitySpread }) {
  const { t, href } = props.kit;
  const tm = t.measurement;
  const s = createMemo(() => ({ ...props.spread, total: props.spread.measures }));
  const max = () => Math.max(1, ...QUALITY_LEVELS.map((l) => s().levels[l]));
  const list = (levels: QualityLevel[]) => {
    const names = levels.map((l) => tm.levels[l].toLowerCase());
    return names.length > 1
      ? `${names.slice(0, -1).join(', ')} ${tm.and} ${names[names.length - 1]}`
      : (names[0] ?? '');
  };
  return (
    <Show when={s().total > 0}>
      <section class="card quality-balance" aria-labelledby="quality-heading">
        <h2 id="quality-heading">{tm.qualityTitle}</h2>
        <p class="hint">{tm.qualityIntro}</p>
        <ul class="list level-bars">
          <For each={QUALITY_LEVELS}>
            {(l) => (
              <li classList={{ missing: s().levels[l] === 0 }}>
                <span class="level-name">{tm.levels[l]}</span>
                <span class="level-count">{tm.measureCount(s().levels[l])}</span>
                <span class="level-bar" aria-hidden="true">
                  <span style={{ width: `${(100 * s().levels[l]) / max()}%` }} />
                </span>
              </li>
            )}
          </For>
        </ul>
        <Show when={s().missing.length}>
          <p class="notice lopsided">{tm.lopsided(list(s().missing))}</p>
        </Show>
        <p class="meta">
          <Show when={!s().missing.length}>{tm.balanced} </Show>
          <Show when={s().untagged > 0}>{tm.untagged(s().untagged)} </Show>
          {tm.influenceSpread(s().influence.direct, s().influence.partial, s().influence.none)}{' '}
          <a href={href('/team/')}>{tm.openCircle}</a>
        </p>
      </section>
    </Show>
  );
}
