// Every part of a goal's roll-up in one table: its measures and sub-goals with weight, progress,
// status and share, so "four measures at 100 % but the goal at 85 %" is explained by the row
// that pulls it down. Rows come from `contributions()` (src/domain/contributions.ts).
import { For, Show } from 'solid-js';
import type { Contribution } from '../domain/contributions.ts';
import type { LocaleKit } from '../client/i18n.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { GoalStateBadge, StatusBadge } from './StatusBadge.tsx';

export function ContributionsTable(props: {
  kit: LocaleKit;
  parts: Contribution[];
  goalTitle: string;
  headingLevel?: 2 | 4;
}) {
  const { t, fmt, href } = props.kit;
  const ru = t.goals.rollUp;
  const Heading = (p: { children: string }) =>
    props.headingLevel === 4 ? <h4>{p.children}</h4> : <h2>{p.children}</h2>;
  return (
    <section class="contributions" data-contributions>
      <Heading>{ru.title}</Heading>
      <Show when={props.parts.length} fallback={<p class="hint">{ru.none}</p>}>
        <p class="hint">{ru.intro}</p>
        <div class="table-scroll">
          <table class="history">
            <caption class="visually-hidden">{`${ru.title}: ${props.goalTitle}`}</caption>
            <thead>
              <tr>
                <th scope="col">{ru.part}</th>
                <th scope="col" class="num">
                  {ru.weight}
                </th>
                <th scope="col">{t.common.progress}</th>
                <th scope="col">{t.reviews.statusHeading}</th>
                <th scope="col" class="num">
                  {ru.share}
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.parts}>
                {(c) => (
                  <tr data-part={c.id} classList={{ 'not-counted': !c.counted }}>
                    <th scope="row">
                      <span class="meta">{ru.kind[c.kind]}: </span>
                      <a href={href(c.kind === 'goal' ? '/goal/' : '/measure/', c.id)}>{c.name}</a>
                      <Show when={!c.counted}>
                        <span class="meta" title={ru.notCountedWhy}>
                          {' '}
                          ({ru.notCounted})
                        </span>
                      </Show>
                    </th>
                    <td class="num" data-label={ru.weight}>
                      {fmt.number(c.weight)}
                    </td>
                    <td data-label={t.common.progress}>
                      <ProgressBar
                        progress={c.hasData ? c.progress : null}
                        tone={c.tone}
                        t={t}
                        fmt={fmt}
                        label={`${t.common.progress}: ${c.name}`}
                      />
                    </td>
                    <td data-label={t.reviews.statusHeading}>
                      <Show
                        when={c.state !== 'open' ? (c.state as Exclude<typeof c.state, 'open'>) : null}
                        fallback={<StatusBadge status={c.status} kit={props.kit} compact />}
                      >
                        {(s) => <GoalStateBadge state={s()} kit={props.kit} />}
                      </Show>
                    </td>
                    <td class="num" data-label={ru.share}>
                      {c.share === null ? '—' : fmt.percent(c.share)}
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </section>
  );
}
