import { Heading, Paragraph, TableCell, TableRow } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { DataTable, Th } from '../../components/Table.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import type { CaseViewDocument, CaseViewMember } from './case-view-types.ts';

const monthFormats = {
  nl: new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function useCaseViewText() {
  const i18n = useI18n();
  const { t, language } = i18n;
  const month = (yearMonth: string) => monthFormats[language].format(new Date(`${yearMonth}-01T00:00:00Z`));
  const member = (m: Pick<CaseViewMember, 'kind' | 'number'>) => t(m.kind === 'adult' ? 'caseView.member.adult' : 'caseView.member.child', { n: m.number });
  const age = (m: CaseViewMember) =>
    !m.ageBand ? t('caseView.ageUnknown') : m.ageBand.to === null ? t('caseView.ageFrom', { from: m.ageBand.from }) : t('caseView.age', { from: m.ageBand.from, to: m.ageBand.to });
  return { ...i18n, month, member, age };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="samenspel-section samenspel-case-view__section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** The case view itself: what is printed. */
export function CaseViewContent({ view }: { view: CaseViewDocument }) {
  const text = useCaseViewText();
  const { t, label, formatDate } = text;
  const byKey = new Map(view.members.map((m) => [m.key, m]));
  const nameOf = (key: string) => {
    const m = byKey.get(key);
    return m ? text.member(m) : '';
  };
  const withheld = view.withheld.reduce((sum, w) => sum + w.count, 0);

  return (
    <article className="samenspel-case-view" data-testid="case-view-document">
      <Paragraph>{t('caseView.generatedOn', { date: formatDate(view.generatedOn), reference: view.reference })}</Paragraph>
      {withheld > 0 ? (
        <Alert type="info" className="samenspel-alert">
          <Paragraph>{t('caseView.withheld', { n: withheld })}</Paragraph>
        </Alert>
      ) : null}

      <Section id="case-view-members" title={t('caseView.members')}>
        <DataTable caption={t('caseView.membersCaption')} captionHidden headers={[t('caseView.col.member'), t('caseView.col.role'), t('caseView.col.age')]} testId="case-view-members">
          {view.members.map((m) => (
            <TableRow key={m.key}>
              <Th scope="row">{text.member(m)}</Th>
              <TableCell>{label('householdRole', m.role)}</TableCell>
              <TableCell>{text.age(m)}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      </Section>

      <Section id="case-view-question" title={t('caseView.question')}>
        {view.questions.length === 0 ? <Paragraph>{t('caseView.noQuestion')}</Paragraph> : view.questions.map((q, i) => <Paragraph key={i}>{q.text}</Paragraph>)}
      </Section>

      <Section id="case-view-scores" title={t('caseView.scores')}>
        {view.scores.length === 0 ? <Paragraph>{t('caseView.noScores')}</Paragraph> : null}
        {view.scores.map((s) => (
          <DataTable
            key={s.member}
            caption={t('caseView.scoresCaption', { member: nameOf(s.member), instrument: s.instrument[text.language], month: text.month(s.assessedIn) })}
            headers={[t('caseView.col.domain'), t('caseView.col.score')]}
          >
            {s.domains.map((d) => (
              <TableRow key={d.code}>
                <Th scope="row">{d.name[text.language]}</Th>
                <TableCell>{d.score}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        ))}
      </Section>

      <Section id="case-view-plan" title={t('caseView.plan')}>
        {view.plan ? <PlanPart plan={view.plan} nameOf={nameOf} text={text} /> : <Paragraph>{t('caseView.noPlan')}</Paragraph>}
      </Section>

      <Section id="case-view-contacts" title={t('caseView.contacts')}>
        <Entries
          items={view.contacts.map((c) => ({ meta: t('caseView.contactMeta', { month: text.month(c.month), form: label('contactForm', c.form), place: label('contactPlace', c.place) }), body: c.report }))}
        />
      </Section>

      <Section id="case-view-notes" title={t('caseView.notes')}>
        <Entries
          items={view.notes.map((n) => ({
            meta: n.about.length > 0 ? t('caseView.noteAbout', { month: text.month(n.month), members: n.about.map(nameOf).join(', ') }) : t('caseView.noteMeta', { month: text.month(n.month) }),
            body: n.text,
          }))}
        />
      </Section>
    </article>
  );
}

function Entries({ items }: { items: Array<{ meta: string; body: string }> }) {
  const { t } = useI18n();
  if (items.length === 0) return <Paragraph>{t('caseView.none')}</Paragraph>;
  return (
    <ul className="samenspel-case-view__entries">
      {items.map((item, i) => (
        <li key={i}>
          <p className="samenspel-case-view__meta">{item.meta}</p>
          <Paragraph className="samenspel-case-view__text">{item.body}</Paragraph>
        </li>
      ))}
    </ul>
  );
}

function PlanPart({ plan, nameOf, text }: { plan: NonNullable<CaseViewDocument['plan']>; nameOf: (key: string) => string; text: I18n & { month: (m: string) => string } }) {
  const { t, label, language } = text;
  return (
    <>
      {plan.situation ? (
        <>
          <Heading level={3}>{t('caseView.situation')}</Heading>
          <Paragraph className="samenspel-case-view__text">{plan.situation}</Paragraph>
        </>
      ) : null}
      <Heading level={3}>{t('caseView.goals')}</Heading>
      <Entries
        items={plan.goals.map((g) => ({
          meta: [t('caseView.goal', { n: g.number, domain: g.domain.name?.[language] ?? g.domain.code }), g.targetScore ? t('caseView.targetScore', { score: g.targetScore }) : ''].filter(Boolean).join(' · '),
          body: g.description,
        }))}
      />
      <Heading level={3}>{t('caseView.actions')}</Heading>
      <Entries
        items={plan.actions.map((a) => ({
          meta: [
            a.goal ? t('caseView.forGoal', { n: a.goal }) : '',
            t('caseView.actionMeta', {
              owner: a.owner.member ? nameOf(a.owner.member) : label('ownerKind', a.owner.kind),
              status: label('actionStatus', a.status).toLowerCase(),
              month: text.month(a.dueIn),
            }),
          ].filter(Boolean).join(' · '),
          body: a.description,
        }))}
      />
    </>
  );
}
