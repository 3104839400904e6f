// A review as a Markdown document (issue 3): agenda, statuses, notes, decisions and actions.
// Pure: the agenda in, text out. Every piece of user text is escaped so that it shows as typed
// and can never turn into a heading, list, table cell break, link, image or raw HTML.
import type { Action, ActionInContext, Agenda, AgendaCheckIn, AgendaItem } from './reviews.ts';
import { formatReading, formatTarget } from './format.ts';
import type { Status } from './status.ts';
import type { Unit } from './schemas.ts';
import { en, type Messages } from '../i18n/en.ts';
import { DEFAULT_LOCALE, localeInfo } from '../i18n/locales.ts';

/** The labels of the export: the `markdown` section of every language module. */
export type MarkdownLabels = Messages['markdown'];
/** A language's labels and the BCP 47 tag its numbers are written in (decimal comma in Swedish). */
export interface MarkdownLanguage {
  labels: MarkdownLabels;
  tag: string;
}
type Labels = MarkdownLabels & { numberTag: string };

/** `24 ± 7 (2026-11-30, n = 84)`, flagged when the sample is below the minimum (frozen records from before n was kept have neither). */
function checkInText(c: AgendaCheckIn, unit: Unit, L: Labels): string {
  const facts = [
    c.date,
    ...(c.sampleSize != null ? [L.sample(c.sampleSize)] : []),
    ...(c.belowMinSample ? [L.belowMinSample] : []),
  ];
  return `${formatReading(c.value, c.margin, unit, L.numberTag)} (${facts.join(', ')})`;
}

// ---------- escaping ----------
// Characters that carry meaning anywhere in a line (emphasis, code, links, images, HTML, tables,
// entities, autolinks, strikethrough, math in some renderers). Parentheses only make a link
// after `]`, which is always escaped, so "(pilot)" stays as typed. CommonMark lets any ASCII
// punctuation be backslash-escaped, and a backslash-escaped character is always literal.
const INLINE = /[\\`*_{}[\]<>|!&~^$]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g;

/**
 * One line of user text as literal Markdown: inline specials escaped everywhere, and the
 * characters that start a block (`#`, `>`, `-`, `+`, `=`, `1.`/`1)` lists, indented code) escaped
 * at the start. Line breaks become spaces (use `escapeMarkdownBlock` for multi-line text).
 */
export function escapeMarkdown(text: string): string {
  const line = text
    .replace(CONTROL, '')
    .replace(/\r\n?|\n/g, ' ')
    .replace(/\t/g, ' ')
    .trim();
  return escapeLine(line);
}

function escapeLine(line: string): string {
  let out = line.replace(INLINE, (c) => `\\${c}`);
  // Block starters only matter at the start of a line. `#` is also escaped everywhere after
  // whitespace so that a closing ATX sequence or a GitHub issue reference stays plain text.
  out = out.replace(/(^|\s)#/g, '$1\\#');
  out = out.replace(/^([>+=-])/, '\\$1');
  out = out.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  // GitHub turns bare URLs and www. names into links: keep them plain text.
  out = out.replace(/:\/\//g, ':\\/\\/').replace(/\b(www)\./gi, '$1\\.');
  return out;
}

/** Multi-line user text (notes): each line escaped, kept as hard line breaks inside one paragraph. */
export function escapeMarkdownBlock(text: string): string {
  const lines = text
    .replace(CONTROL, '')
    .replace(/\t/g, ' ')
    .split(/\r\n?|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.map(escapeLine).join('\\\n');
}

// ---------- formatting ----------
const pct = (x: number) => `${Math.round(x * 100)} %`;

function signed(delta: number): string {
  const points = Math.round(delta * 100);
  return `${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} pp`;
}

function actionLine(a: Action | ActionInContext, L: Labels): string {
  const box = a.state === 'done' ? '[x]' : '[ ]';
  const bits = [a.kind === 'decision' ? `**${L.decision}:** ${escapeMarkdown(a.text)}` : escapeMarkdown(a.text)];
  const meta: string[] = [];
  if (a.owner) meta.push(`${L.owner}: ${escapeMarkdown(a.owner)}`);
  if (a.dueDate) meta.push(L.due(a.dueDate));
  if ('reviewPeriod' in a) meta.push(L.from(a.reviewPeriod));
  if ('goalTitle' in a && a.goalTitle) meta.push(`“${escapeMarkdown(a.goalTitle)}”`);
  return `- ${box} ${bits.join('')}${meta.length ? ` (${meta.join('; ')})` : ''}`;
}

function itemSection(item: AgendaItem, L: Labels): string[] {
  const g = item.goal;
  const out: string[] = [`### ${escapeMarkdown(g.title)}`, ''];
  const facts: string[] = [];
  if (g.owner) facts.push(`${L.owner}: ${escapeMarkdown(g.owner)}`);
  facts.push(`${L.dates}: ${g.startDate} → ${g.dueDate}`);
  facts.push(
    `${L.nextReview}: ${g.nextReviewDate}${item.advancedReviewDate ? ` (${L.reviewDateMovedTo} ${item.advancedReviewDate})` : ''}`,
  );
  if (g.state !== 'open')
    facts.push(L.goalState[g.state] + (g.closedComment ? `: ${escapeMarkdown(g.closedComment)}` : ''));
  out.push(facts.map((f) => `- ${f}`).join('\n'));
  const progress = item.progress === null ? L.noData : `${pct(item.progress)} (${L.expected} ${pct(item.expected)})`;
  const delta = item.changes.progressDelta !== null ? `, ${signed(item.changes.progressDelta)}` : '';
  out.push(`- ${L.progress}: ${progress}${delta}`);
  const status = item.override
    ? `**${L.status[item.status]}**, ${L.override(L.status[item.computedStatus], escapeMarkdown(item.override.reason))}`
    : `**${L.status[item.status]}**`;
  out.push(`- ${L.statusLabel}: ${status}`);
  out.push(`- ${L.changeSince(item.changes.since)}: ${L.checkIns(item.changes.checkInCount)}`);
  out.push('');
  if (item.measures.length) {
    out.push(
      `| ${L.measure} | ${L.latest} | ${L.target} | ${L.progress} | ${L.measureStatus} |`,
      '|---|---|---|---:|---|',
    );
    for (const m of item.measures) {
      const latest = [m.latest ? checkInText(m.latest, m.unit, L) : L.noData];
      const small = m.smallSample;
      if (small)
        latest.push(
          L.smallSampleNotCounted(
            formatReading(small.value, small.margin, m.unit, L.numberTag),
            small.date,
            small.sampleSize ?? 0,
          ),
        );
      const progress = m.progress === null || m.progress === undefined ? L.noData : pct(m.progress);
      out.push(
        `| ${escapeMarkdown(m.name)} | ${latest.join('; ')} | ${formatTarget(m, L.numberTag)} | ${progress} | ${L.status[m.status]} |`,
      );
    }
    out.push('');
  }
  if (item.notes.trim()) out.push(`**${L.notes}:**`, '', escapeMarkdownBlock(item.notes), '');
  if (item.actions.length) out.push(`**${L.actions}:**`, '', ...item.actions.map((a) => actionLine(a, L)), '');
  return out;
}

/** The review as Markdown (GitHub-flavoured: tables and task lists). */
export function reviewMarkdown(
  agenda: Agenda,
  lang: MarkdownLanguage = { labels: en.markdown, tag: localeInfo(DEFAULT_LOCALE).tag },
): string {
  const L: Labels = { ...lang.labels, numberTag: lang.tag };
  const r = agenda.review;
  const forum = L.forum[r.forum];
  const dept =
    r.departmentId === null
      ? L.wholeOrganisation
      : (agenda.departments.find((d) => d.id === r.departmentId)?.name ?? r.departmentId);
  const out: string[] = [`# ${escapeMarkdown(L.title(r.period, forum))}`, ''];
  out.push(
    `- ${L.meetingDate}: ${r.meetingDate}`,
    `- ${L.state}: ${r.state === 'closed' ? L.closed((r.closedAt ?? '').slice(0, 10)) : L.open}`,
    `- ${L.department}: ${r.departmentId === null ? dept : escapeMarkdown(dept)}`,
    `- ${L.attendees}: ${r.attendees.length ? r.attendees.map(escapeMarkdown).join(', ') : L.none}`,
    '',
  );
  const counts = Object.entries(agenda.summary.byStatus)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${L.status[s as Status]} ${n}`);
  out.push(`**${L.summary}:** ${agenda.summary.goals}${counts.length ? ` (${counts.join(', ')})` : ''}`, '');
  if (r.notes.trim()) out.push(`## ${L.notes}`, '', escapeMarkdownBlock(r.notes), '');
  if (agenda.carriedActions.length)
    out.push(`## ${L.carriedActions}`, '', ...agenda.carriedActions.map((a) => actionLine(a, L)), '');
  if (!agenda.departments.length) out.push(L.noGoals, '');
  for (const d of agenda.departments) {
    out.push(`## ${escapeMarkdown(d.name)}`, '');
    for (const item of d.items) out.push(...itemSection(item, L));
  }
  if (agenda.generalActions.length)
    out.push(`## ${L.generalActions}`, '', ...agenda.generalActions.map((a) => actionLine(a, L)), '');
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
