// "Download" on a page: the view as CSV (for Excel in the page's language, or English Excel) or
// XLSX, with the page's filters. Plain links: the browser downloads the file, nothing is held in
// the page.
import { For, Show } from 'solid-js';
import type { Locale } from '../i18n/index.ts';
import { useLocale } from '../client/i18n.ts';
import { localToday } from '../client/local-today.ts';
import { exportHref, type CsvFlavour, type ExportViewName } from '../client/export-link.ts';

export function ExportMenu(props: {
  locale: Locale;
  view: ExportViewName;
  /** The page's filters (departmentId, period, measureId …); empty ones are left out. */
  filters?: Readonly<Record<string, string | null | undefined>>;
  /** A review holds two tables: one CSV each. */
  sheets?: readonly ('agenda' | 'actions')[];
}) {
  const { t } = useLocale(props.locale);
  const x = t.exports;
  // English pages write English CSV anyway: one CSV link is enough there.
  const flavours = (): CsvFlavour[] => (props.locale === 'en' ? ['local'] : ['local', 'english']);
  const href = (format: 'csv' | 'xlsx', csv?: CsvFlavour, sheet?: string) =>
    exportHref(props.view, {
      format,
      csv,
      lang: props.locale,
      today: localToday(),
      filters: { ...props.filters, sheet },
    });
  const csvLabel = (f: CsvFlavour) =>
    props.locale === 'en' ? x.csv : `${x.csv}: ${f === 'local' ? x.separatorLocal : x.separatorEnglish}`;
  return (
    <details class="export-menu">
      <summary>{x.download}</summary>
      <ul>
        <Show
          when={props.sheets}
          fallback={
            <For each={flavours()}>
              {(f) => (
                <li>
                  <a href={href('csv', f)} download="">
                    {csvLabel(f)}
                  </a>
                </li>
              )}
            </For>
          }
        >
          {(sheets) => (
            <For each={sheets()}>
              {(s) => (
                <For each={flavours()}>
                  {(f) => (
                    <li>
                      <a href={href('csv', f, s)} download="">
                        {x.sheets[s]} · {csvLabel(f)}
                      </a>
                    </li>
                  )}
                </For>
              )}
            </For>
          )}
        </Show>
        <li>
          <a href={href('xlsx')} download="">
            {x.xlsx}
          </a>
        </li>
      </ul>
    </details>
  );
}
