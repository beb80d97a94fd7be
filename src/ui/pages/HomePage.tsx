import { Heading, LinkList, Paragraph, UnorderedList, UnorderedListItem } from '@rijkshuisstijl-community/components-react';
import { hasRole, useCurrentUser } from '../auth.tsx';
import { AppLink } from '../components/AppLink.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n/i18n.tsx';

export default function HomePage() {
  const { t, label } = useI18n();
  const user = useCurrentUser();
  const teams = user.teams ?? [];
  return (
    <>
      <PageTitle title={t('nav.home')}>{t('home.title', { name: user.displayName })}</PageTitle>
      {teams.length > 0 ? <Paragraph purpose="lead">{t('home.intro')}</Paragraph> : null}

      <section>
        <Heading level={2} id="home-teams">
          {t('home.teams')}
        </Heading>
        {teams.length === 0 ? (
          <Paragraph>{t('home.noTeams')}</Paragraph>
        ) : (
          <UnorderedList>
            {teams.map((team) => (
              <UnorderedListItem key={team.id}>
                <strong>{team.name}</strong>{' '}
                <span className="samenspel-muted">
                  ({t('home.teamRole', { kind: label('teamKind', team.kind), role: label('teamRole', team.role) })})
                </span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <nav aria-labelledby="home-shortcuts">
        <Heading level={2} id="home-shortcuts">
          {t('home.shortcuts')}
        </Heading>
        <LinkList>
          {teams.length > 0 ? (
            <>
              {teams.map((team) => (
                <li key={team.id} className="utrecht-link-list__item">
                  <AppLink to={`/teams/${encodeURIComponent(team.id)}/dagstart`}>{t('home.triage', { team: team.name })}</AppLink>
                </li>
              ))}
              <li className="utrecht-link-list__item">
                <AppLink to="/aanmeldingen/nieuw">{t('home.newRegistration')}</AppLink>
              </li>
              <li className="utrecht-link-list__item">
                <AppLink to="/personen">{t('home.searchPersons')}</AppLink>
              </li>
              <li className="utrecht-link-list__item">
                <AppLink to="/meldingen">{t('home.notifications')}</AppLink>
              </li>
            </>
          ) : null}
          {hasRole(user, 'privacy_officer') ? (
            <li className="utrecht-link-list__item">
              <AppLink to="/privacy/inzage">{t('home.privacy')}</AppLink>
            </li>
          ) : null}
          {hasRole(user, 'administrator') ? (
            <li className="utrecht-link-list__item">
              <AppLink to="/beheer/teams">{t('home.admin')}</AppLink>
            </li>
          ) : null}
          <li className="utrecht-link-list__item">
            <AppLink to="/sessies">{t('home.mySessions')}</AppLink>
          </li>
        </LinkList>
      </nav>
    </>
  );
}
