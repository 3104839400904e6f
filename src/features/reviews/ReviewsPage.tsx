// Review meetings: the open ones (agendas still live) and the closed ones (frozen records), and
// planning a new one. `?plan=1` (from the due list) opens the form; `&departmentId=` preselects.
import { createResource, createSignal, For, lazy, Show } from 'solid-js';
import { api } from '../../client/api.ts';
import { canWriteSomewhere } from './permissions.ts';
import type { Review } from '../../domain/reviews.ts';
import type { Department } from '../../domain/types.ts';
import type { Locale } from '../../i18n/index.ts';
import { useLocale, type LocaleKit } from '../../client/i18n.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { reviewTitle } from './labels.ts';

const ReviewForm = lazy(() => import('./ReviewForm.tsx').then((m) => ({ default: m.ReviewForm })));

async function load() {
  const [reviews, departments] = await Promise.all([api.reviews.list(), api.departments.list()]);
  return { reviews, departments };
}

export default function ReviewsPage(props: { locale: Locale }) {
  const kit = useLocale(props.locale);
  const { t, href } = kit;
  const r = t.reviews;
  const params = new URLSearchParams(globalThis.location?.search ?? '');
  const [data, { refetch }] = createResource(load);
  const [planning, setPlanning] = createSignal(params.get('plan') === '1');

  return (
    <>
      <h1>{r.listTitle}</h1>
      <p class="lede">{r.listIntro}</p>
      <Loaded data={data} t={t} retry={refetch}>
        {(d) => (
          <>
            <Show when={!planning() && canWriteSomewhere()}>
              <div class="actions">
                <button type="button" class="primary" onClick={() => setPlanning(true)}>
                  {r.plan}
                </button>
              </div>
            </Show>
            <Show when={planning() && canWriteSomewhere()}>
              <ReviewForm
                kit={kit}
                departments={d.departments}
                defaults={{ departmentId: params.get('departmentId') }}
                onSaved={(review) => (location.href = href('/review/', review.id))}
                onCancel={() => setPlanning(false)}
              />
            </Show>
            <ReviewList
              kit={kit}
              heading={r.openReviews}
              empty={r.noOpen}
              reviews={d.reviews.filter((x) => x.state === 'open')}
              departments={d.departments}
            />
            <ReviewList
              kit={kit}
              heading={r.closedReviews}
              empty={r.noClosed}
              reviews={d.reviews.filter((x) => x.state === 'closed')}
              departments={d.departments}
            />
          </>
        )}
      </Loaded>
    </>
  );
}

function ReviewList(props: {
  kit: LocaleKit;
  heading: string;
  empty: string;
  reviews: Review[];
  departments: Department[];
}) {
  const { t, fmt, href } = props.kit;
  const r = t.reviews;
  const dept = (id: string | null) =>
    id === null ? r.wholeOrganisation : (props.departments.find((d) => d.id === id)?.name ?? id);
  const slug = props.heading.replace(/\W+/g, '-').toLowerCase();
  return (
    <section aria-labelledby={`reviews-${slug}`}>
      <h2 id={`reviews-${slug}`}>{props.heading}</h2>
      <Show when={props.reviews.length} fallback={<p class="hint">{props.empty}</p>}>
        <ul class="list review-list">
          <For each={props.reviews}>
            {(review) => (
              <li class="card">
                <a class="title" href={href('/review/', review.id)}>
                  {reviewTitle(props.kit, review)}
                </a>
                <p class="meta">
                  {r.meetingOn(fmt.date(review.meetingDate))} · {dept(review.departmentId)}
                  <Show when={review.attendees.length}> · {r.attendeeCount(review.attendees.length)}</Show>
                  {' · '}
                  {review.state === 'closed' && review.closedAt
                    ? r.closedOn(fmt.date(review.closedAt.slice(0, 10)))
                    : r.openState}
                </p>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
