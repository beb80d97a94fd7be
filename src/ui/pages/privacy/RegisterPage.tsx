import { Button, Heading, Paragraph, TableCell, TableRow, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { useState } from 'react';
import { usePrivacyNames, useRegister } from '../../api/privacy-queries.ts';
import { AnnouncementArea, useAnnouncement } from '../../components/announcement.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { QueryTable } from '../../components/QueryTable.tsx';
import { Th } from '../../components/Table.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActivityForm } from './ActivityForm.tsx';
import { basisText, retentionText, statusText } from './register-format.ts';

export default function RegisterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const register = useRegister();
  const names = usePrivacyNames();
  const [adding, setAdding] = useState(false);
  const announcement = useAnnouncement();

  return (
    <>
      <PageTitle>{t('register.title')}</PageTitle>
      <Paragraph>{t('register.intro')}</Paragraph>
      <AnnouncementArea announcement={announcement} />
      {adding ? (
        <ActivityForm
          item={null}
          onDone={(message) => {
            setAdding(false);
            announcement.announce(message);
          }}
        />
      ) : (
        <div className="samenspel-actions">
          <Button appearance="primary-action-button" type="button" onClick={() => { announcement.clear(); setAdding(true); }}>
            {t('register.new')}
          </Button>
        </div>
      )}
      <QueryTable
        query={register}
        emptyText={t('register.none')}
        caption={t('register.caption')}
        headers={[t('register.col.name'), t('register.col.legalBasis'), t('register.col.categories'), t('register.col.retention'), t('register.col.status')]}
        testId="register"
        row={(a) => (
          <TableRow key={a.id}>
            <Th scope="row">
              <AppLink to={`/privacy/verwerkingsregister/${encodeURIComponent(a.id)}`}>{a.name}</AppLink>
            </Th>
            <TableCell>{basisText(a, i18n)}</TableCell>
            <TableCell>{a.dataCategories.map(names.category).join(', ') || t('register.none')}</TableCell>
            <TableCell>{retentionText(a, i18n)}</TableCell>
            <TableCell>{statusText(a, i18n)}</TableCell>
          </TableRow>
        )}
      />
      <section className="samenspel-section" aria-labelledby="register-download">
        <Heading level={2} id="register-download">
          {t('register.download')}
        </Heading>
        <UnorderedList>
          <UnorderedListItem>
            <a className="nl-link rhc-link" href="/api/privacy/register-export?format=csv" download>
              {t('register.downloadCsv')}
            </a>
          </UnorderedListItem>
          <UnorderedListItem>
            <a className="nl-link rhc-link" href="/api/privacy/register-export?format=json" download>
              {t('register.downloadJson')}
            </a>
          </UnorderedListItem>
        </UnorderedList>
      </section>
    </>
  );
}
