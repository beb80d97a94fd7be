import { Heading, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { personRightsKey, rightsUrl, usePersonRights, type ErasureResult } from '../../api/rights-queries.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ErrorAlert, Loading } from '../../components/status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { PersonRightsErased, PersonRightsErasure } from './PersonRightsErasure.tsx';
import { PersonRightsRectify } from './PersonRightsRectify.tsx';
import { PersonRightsRestriction } from './PersonRightsRestriction.tsx';

/** One resident's request handled by the privacy officer: export, rectify, restrict, erase. */
export default function PersonRightsDetailPage() {
  const { t, formatDate } = useI18n();
  const { id = '' } = useParams();
  const person = usePersonRights(id);
  const queryClient = useQueryClient();
  const announcement = useAnnouncement();
  const [erased, setErased] = useState<{ name: string; result: ErasureResult } | null>(null);

  if (erased) return <PersonRightsErased name={erased.name} result={erased.result} />;
  if (person.isPending) return <Loading />;
  if (person.isError) {
    return (
      <>
        <PageTitle>{t('rights.title')}</PageTitle>
        <ErrorAlert error={person.error} />
        <Paragraph>
          <AppLink to="/privacy/rechten">{t('rights.back')}</AppLink>
        </Paragraph>
      </>
    );
  }
  const p = person.data;
  const changed = async (message: string) => {
    await queryClient.invalidateQueries({ queryKey: personRightsKey(id) });
    announcement.announce(message);
  };

  return (
    <>
      <PageTitle>{t('rights.personTitle', { name: p.displayName })}</PageTitle>
      <Paragraph>
        <AppLink to="/privacy/rechten">{t('rights.back')}</AppLink>
      </Paragraph>
      <AnnouncementArea announcement={announcement} />
      <dl className="samenspel-facts" data-testid="rights-person">
        <div className="samenspel-facts__item">
          <dt>{t('privacy.bsn')}</dt>
          <dd>{p.bsn ?? '—'}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('rights.field.birthDate')}</dt>
          <dd>{p.birthDate ? formatDate(p.birthDate) : '—'}</dd>
        </div>
        <div className="samenspel-facts__item">
          <dt>{t('rights.processing')}</dt>
          <dd>{p.restricted ? t('rights.restricted') : t('rights.notRestricted')}</dd>
        </div>
      </dl>

      <section className="samenspel-section" aria-labelledby="rights-export">
        <Heading level={2} id="rights-export">
          {t('rights.export.heading')}
        </Heading>
        <Paragraph>{t('rights.export.intro')}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            <a className="nl-link rhc-link" href={`${rightsUrl(id)}/export.html`} target="_blank" rel="noopener noreferrer">
              {t('rights.export.open')}
            </a>
          </UnorderedListItem>
          <UnorderedListItem>
            <a className="nl-link rhc-link" href={`${rightsUrl(id)}/export`} download>
              {t('rights.export.json')}
            </a>
          </UnorderedListItem>
        </UnorderedList>
      </section>

      <PersonRightsRectify person={p} onDone={changed} />
      <PersonRightsRestriction person={p} onDone={changed} />
      <PersonRightsErasure
        person={p}
        onErased={(result) => {
          queryClient.removeQueries({ queryKey: personRightsKey(id) });
          setErased({ name: p.displayName, result });
        }}
      />
    </>
  );
}
