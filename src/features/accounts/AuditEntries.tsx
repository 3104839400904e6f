// A list of audit entries as people read them: what was done to which thing, by whom, when,
// and each changed field as before → after. Used by a goal's history and the admin's log.
// Every value is rendered as text (Solid escapes it); nothing is injected as HTML.
import { For, Show } from 'solid-js';
import type { AuditEntry } from '../../domain/accounts.ts';
import { DEFAULT_LOCALE, intlTags, type Locale, type Messages } from '../../i18n/index.ts';
import type { LocaleKit } from '../../client/i18n.ts';
import { displayValue, fieldChanges, type ValueContext } from './audit-format.ts';

/** Names for the ids an entry mentions (departments, goals, measures, people). */
export interface AuditNames {
  departments?: readonly { id: string; name: string }[];
  goals?: readonly { id: string; title: string }[];
  measures?: readonly { id: string; name: string }[];
  users?: readonly { id: string; name: string; email: string }[];
}

const CREATE_OR_DELETE_FIELDS = 6;

const byKey = (table: object, key: string): string | undefined => {
  const v = (table as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
};

/** A field's label in the page's language (falls back to the field's name in words). */
export function fieldLabel(field: string, t: Messages): string {
  const known: Record<string, string> = {
    title: t.goals.title,
    description: t.goals.description,
    departmentId: t.goals.department,
    parentGoalId: t.goals.parent,
    owner: t.goals.owner,
    startDate: t.goals.startDate,
    dueDate: t.goals.dueDate,
    reviewDate: t.goals.reviewDate,
    name: t.accounts.name,
    unit: t.measures.unit,
    direction: t.measures.direction,
    baseline: t.measures.baseline,
    baselineDate: t.measures.baselineDate,
    target: t.measures.target,
    targetLow: t.measures.targetLow,
    targetHigh: t.measures.targetHigh,
    targetDate: t.measures.targetDate,
    frequency: t.measures.frequency,
    purpose: t.measures.purpose,
    weight: t.measures.weight,
    goalId: t.goals.goal,
    measureId: t.measures.measure,
    value: t.checkIns.value,
    date: t.checkIns.date,
    note: t.checkIns.note,
    statement: t.vision.statement,
    horizonYear: t.vision.horizonYear,
  };
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return known[field] ?? byKey(t.accounts.fields, field) ?? words.charAt(0).toUpperCase() + words.slice(1);
}

export function entityLabel(entity: string, t: Messages): string {
  return byKey(t.accounts.entities, entity) ?? entity.replace(/_/g, ' ');
}

export function actionLabel(action: string, t: Messages): string {
  return byKey(t.accounts.actions, action) ?? action.replace(/_/g, ' ');
}

/** Who made the change, in the page's language where the server's label is English. */
export function actorText(entry: AuditEntry, t: Messages): string {
  if (entry.actor.type === 'token') {
    const m = /^API token “(.*)”$/.exec(entry.actor.label);
    return t.accounts.actorToken(m ? t.accounts.quoted(m[1]!) : entry.actor.label);
  }
  return entry.actor.label;
}

/** The name or title the changed row had (after the change, or before a delete). */
export function subjectOf(entry: AuditEntry): string | null {
  for (const row of [entry.after, entry.before]) {
    if (row && typeof row === 'object' && !Array.isArray(row)) {
      const r = row as Record<string, unknown>;
      for (const k of ['title', 'name', 'text', 'email', 'statement'])
        if (typeof r[k] === 'string' && r[k]) return r[k] as string;
    }
  }
  return null;
}

export function dateTimeFormat(locale: string): (iso: string) => string {
  const f = new Intl.DateTimeFormat(intlTags[locale as Locale] ?? intlTags[DEFAULT_LOCALE], {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (iso) => f.format(new Date(iso));
}

export function valueContext(kit: LocaleKit, names: AuditNames): ValueContext {
  const { t, fmt } = kit;
  const find = <T extends { id: string }>(list: readonly T[] | undefined, id: string) => list?.find((x) => x.id === id);
  return {
    date: fmt.date,
    dateTime: dateTimeFormat(kit.locale),
    number: fmt.number,
    yes: t.accounts.yes,
    no: t.accounts.no,
    empty: t.accounts.empty,
    departmentName: (id) => find(names.departments, id)?.name,
    goalTitle: (id) => find(names.goals, id)?.title,
    measureName: (id) => find(names.measures, id)?.name,
    userName: (id) => find(names.users, id)?.name,
    enumLabel: (field, value) => {
      switch (field) {
        case 'direction':
          return byKey(t.measures.directions, value);
        case 'unit':
          return byKey(t.measures.units, value);
        case 'frequency':
          return byKey(t.measures.frequencies, value);
        case 'role':
          return byKey(t.accounts.roles, value);
        default:
          return undefined;
      }
    },
  };
}

export function AuditEntries(props: {
  kit: LocaleKit;
  entries: readonly AuditEntry[];
  names: AuditNames;
  /** Link each entry to its goal (the admin's log); a goal's own history needs no link. */
  linkGoals?: boolean;
}) {
  const { t, href } = props.kit;
  const ctx = () => valueContext(props.kit, props.names);
  const when = dateTimeFormat(props.kit.locale);
  return (
    <ol class="audit-list">
      <For each={props.entries}>
        {(entry) => {
          // A revoke or withdrawal records only the row before it: the headline says what happened.
          const ended = entry.after === null && entry.action !== 'delete';
          const changes = ended ? [] : fieldChanges(entry.before, entry.after);
          const isUpdate = entry.before !== null && entry.after !== null;
          const shown = isUpdate ? changes : changes.slice(0, CREATE_OR_DELETE_FIELDS);
          const subject = subjectOf(entry);
          const goal = () =>
            props.linkGoals && entry.goalId ? props.names.goals?.find((g) => g.id === entry.goalId) : undefined;
          // The goal's own entries link their title; a measure's or check-in's name their goal after it.
          const linkSubject = () => entry.entity === 'goal' && goal() !== undefined;
          return (
            <li class="audit-entry">
              <p class="audit-head">
                <span class="audit-what">
                  {actionLabel(entry.action, t)} {entityLabel(entry.entity, t)}
                  <Show when={subject}>
                    {(s) => (
                      <>
                        {' '}
                        <Show when={linkSubject()} fallback={t.accounts.quoted(s())}>
                          <a href={href('/goal/', entry.goalId!)}>{t.accounts.quoted(s())}</a>
                        </Show>
                      </>
                    )}
                  </Show>
                </span>
                <Show when={!linkSubject() && goal()}>
                  {(g) => (
                    <span class="audit-goal">
                      {' · '}
                      <a href={href('/goal/', g().id)}>{g().title}</a>
                    </span>
                  )}
                </Show>
                <span class="meta">
                  {' · '}
                  {actorText(entry, t)}
                  {' · '}
                  <time datetime={entry.at}>{when(entry.at)}</time>
                </span>
              </p>
              {/* A created or deleted row: its fields on one line. */}
              <Show when={!isUpdate && shown.length}>
                <p class="audit-fields">
                  <For each={shown}>
                    {(c, i) => (
                      <>
                        {i() > 0 ? ' · ' : ''}
                        <span class="audit-field">{fieldLabel(c.field, t)}: </span>
                        {c.after === undefined ? (
                          <del>{displayValue(c.field, c.before, ctx())}</del>
                        ) : (
                          displayValue(c.field, c.after, ctx())
                        )}
                      </>
                    )}
                  </For>
                  <Show when={changes.length > shown.length}>
                    {' '}
                    · {t.accounts.moreFields(changes.length - shown.length)}
                  </Show>
                </p>
              </Show>
              {/* A changed row: each changed field, before → after. */}
              <Show when={isUpdate && shown.length}>
                <dl class="audit-changes">
                  <For each={shown}>
                    {(c) => (
                      <div>
                        <dt>{fieldLabel(c.field, t)}</dt>
                        <dd>
                          <del>{displayValue(c.field, c.before, ctx())}</del>
                          <span class="visually-hidden"> {t.accounts.changedTo} </span>
                          <span aria-hidden="true"> → </span>
                          <ins>{displayValue(c.field, c.after, ctx())}</ins>
                        </dd>
                      </div>
                    )}
                  </For>
                </dl>
              </Show>
            </li>
          );
        }}
      </For>
    </ol>
  );
}
