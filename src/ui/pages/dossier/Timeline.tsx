import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useInstruments } from '../../api/intake-plan-queries.ts';
import { useDataCategoryName } from '../../api/queries.ts';
import type { TimelineEntry } from '../../api/types.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { formatDateTimeShort } from '../../components/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/**
 * The dossier's timeline, newest first: registrations, assignments, intakes, plan versions, contacts and notes. "Meer laden"
 * loads the next (older) page and moves focus to the first entry it added.
 */
export function Timeline({
  entries,
  hasMore,
  loadingMore,
  loadMore,
  pages,
}: {
  entries: TimelineEntry[];
  hasMore: boolean;
  loadingMore: boolean;
  loadMore: () => Promise<unknown>;
  pages: number;
}) {
  const { t } = useI18n();
  const headingRefs = useRef(new Map<number, HTMLHeadingElement>());
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  useEffect(() => {
    if (focusIndex === null || focusIndex >= entries.length) return;
    headingRefs.current.get(focusIndex)?.focus();
    setFocusIndex(null);
  }, [focusIndex, entries.length]);

  if (entries.length === 0) return <Paragraph>{t('dossier.timelineEmpty')}</Paragraph>;

  return (
    <>
      <ol className="samenspel-timeline" data-testid="timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.kind}-${entry.id}`} className={`samenspel-timeline__entry samenspel-timeline__entry--${entry.kind}`}>
            <TimelineItem
              entry={entry}
              headingRef={(element) => {
                if (element) headingRefs.current.set(index, element);
                else headingRefs.current.delete(index);
              }}
            />
          </li>
        ))}
      </ol>
      {hasMore ? (
        <div className="samenspel-actions">
          <Button
            appearance="secondary-action-button"
            type="button"
            busy={loadingMore}
            disabled={loadingMore}
            onClick={() => {
              const firstNew = entries.length;
              void loadMore().then(() => setFocusIndex(firstNew));
            }}
          >
            {loadingMore ? t('app.loading') : t('dossier.loadMore')}
          </Button>
        </div>
      ) : pages > 1 ? (
        <Paragraph className="samenspel-muted">{t('dossier.timelineStart')}</Paragraph>
      ) : null}
    </>
  );
}

function TimelineItem({ entry, headingRef }: { entry: TimelineEntry; headingRef: (element: HTMLHeadingElement | null) => void }) {
  const i18n = useI18n();
  const { t, label } = i18n;
  const categoryName = useDataCategoryName();
  const instruments = useInstruments();
  let title: string;
  let facts: Array<[string, ReactNode]>;
  switch (entry.kind) {
    case 'registration':
      title = t('timeline.registration', { team: entry.team });
      facts = [
        [t('timeline.channel'), label('channel', entry.channel)],
        [t('timeline.question'), entry.question ?? ''],
        [t('timeline.category'), categoryName(entry.category)],
      ];
      break;
    case 'assignment':
      title = t('timeline.assignment', { team: entry.team });
      facts = [
        [t('dossier.col.professional'), entry.professional],
        [t('dossier.col.coordinator'), entry.coordinator],
        [t('timeline.assignedBy'), entry.by],
      ];
      break;
    case 'intake':
      title = t(entry.status === 'final' ? 'timeline.intakeFinal' : 'timeline.intakeStarted');
      facts = [
        [t('timeline.instrument'), instruments.data?.items.find((i) => i.id === entry.instrument)?.name[i18n.language] ?? entry.instrument],
        [t('timeline.by'), entry.by],
        [t('timeline.details'), <AppLink to={`/intakes/${encodeURIComponent(entry.id)}`}>{t('timeline.openIntake')}</AppLink>],
      ];
      break;
    case 'plan':
      title = t('timeline.plan', { n: entry.number, status: label('planStatus', entry.status) });
      facts = [
        [t('timeline.by'), entry.by],
        // Relative to the dossier's address: its plan page.
        [t('timeline.details'), <AppLink to={`plan?versie=${entry.number}`}>{t('timeline.openPlan', { n: entry.number })}</AppLink>],
      ];
      break;
    case 'contact':
      title = t('timeline.contact', { form: label('contactForm', entry.form), place: label('contactPlace', entry.place) });
      facts = [
        [t('timeline.participants'), entry.participants],
        [t('timeline.report'), <span className="samenspel-pre-line">{entry.report}</span>],
        [t('timeline.category'), categoryName(entry.category)],
        [t('timeline.recordedBy'), entry.by],
      ];
      break;
    case 'note':
      title = t('timeline.note');
      facts = [
        [t('timeline.about'), entry.about.length > 0 ? entry.about.join(', ') : t('timeline.aboutHousehold')],
        [t('timeline.noteText'), <span className="samenspel-pre-line">{entry.text}</span>],
        [t('timeline.category'), categoryName(entry.category)],
        [t('timeline.writtenBy'), entry.by],
      ];
      break;
    default:
      // A kind of entry this version of the UI does not know yet: show when, not what.
      title = String((entry as { kind: unknown }).kind);
      facts = [];
  }
  return (
    <article aria-labelledby={`timeline-${entry.kind}-${entry.id}`}>
      <Heading level={3} id={`timeline-${entry.kind}-${entry.id}`} ref={headingRef} tabIndex={-1} className="samenspel-timeline__title">
        <time dateTime={entry.at} className="samenspel-timeline__time">
          {formatDateTimeShort(i18n, entry.at)}
        </time>{' '}
        {title}
      </Heading>
      <dl className="samenspel-facts">
        {facts
          .filter(([, value]) => value !== '' && value !== null)
          .map(([key, value]) => (
            <div key={key} className="samenspel-facts__item">
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </article>
  );
}
