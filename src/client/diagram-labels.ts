// The words of a hierarchy diagram in the page's language (also used by the diagram bench to
// write the same text as the overview).
import type { DiagramLabels } from '../diagrams/hierarchy.ts';
import type { LocaleKit } from './i18n.ts';
import { TONE_ICONS } from './status-icons.ts';

export function diagramLabels({ t, fmt }: Pick<LocaleKit, 't' | 'fmt'>): DiagramLabels {
  return {
    vision: t.vision.title,
    measuresSummary: t.diagram.measuresSummary,
    moreBelow: t.diagram.moreBelow,
    noData: t.common.noData,
    percent: fmt.percent,
    status: (tone) =>
      `${TONE_ICONS[tone]} ${tone === 'dropped' || tone === 'carried' ? t.reviews.goalState[tone] : t.reviews.status[tone]}`,
  };
}
