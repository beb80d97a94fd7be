/**
 * A plan version as a readable document: on screen (an agreed version, the two sides of a conflict)
 * and as the print-out the resident takes home (household name, date, situation, goals with their
 * actions, services, obligations marked as such, evaluation dates and agreement lines).
 */
import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import type { ReactNode } from 'react';
import type { Instrument, PlanAction, PlanAgreement, PlanContent } from '../../api/intake-plan-types.ts';
import { useI18n } from '../../i18n/i18n.tsx';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

export interface PlanDocumentProps {
  content: PlanContent;
  /** The ZRM instrument(s), for the names of the life domains and score levels. */
  instruments: Instrument[];
  /** Level of the section headings (goals one deeper). */
  level?: Level;
  agreements?: PlanAgreement[];
  /** For the print-out: title, household, version and signature lines. */
  print?: {
    householdName: string;
    versionLabel: string;
    printedOn: string;
    /** Members who have not agreed yet get a line to sign. */
    unsignedMembers: string[];
    coordinatorLine?: string;
  };
  className?: string;
  testId?: string;
}

export function PlanDocument({ content, instruments, level = 2, agreements = [], print, className, testId }: PlanDocumentProps) {
  const { t, language, label, formatDate } = useI18n();
  const sub = Math.min(level + 1, 6) as Level;
  const domains = new Map(instruments.flatMap((i) => i.domains.map((d) => [d.code, d.name[language]] as const)));
  const levels = new Map((instruments[0]?.scale.levels ?? []).map((l) => [l.score, l.name[language]]));
  const goalIds = new Set(content.goals.map((g) => g.id));
  const loose = content.actions.filter((a) => !a.goalId || !goalIds.has(a.goalId));

  return (
    <article className={['samenspel-plan-document', className].filter(Boolean).join(' ')} data-testid={testId}>
      {print ? (
        <header className="samenspel-plan-document__header">
          <Heading level={1}>{t('plan.print.title')}</Heading>
          <dl className="samenspel-facts">
            <Fact term={t('plan.print.household')}>{print.householdName}</Fact>
            <Fact term={t('plan.print.version')}>{print.versionLabel}</Fact>
            <Fact term={t('plan.print.printedOn')}>{formatDate(print.printedOn)}</Fact>
            <Fact term={t('plan.startDate')}>{formatDate(content.startDate)}</Fact>
          </dl>
        </header>
      ) : (
        <dl className="samenspel-facts">
          <Fact term={t('plan.startDate')}>{formatDate(content.startDate)}</Fact>
        </dl>
      )}

      <section className="samenspel-plan-document__part">
        <Heading level={level}>{t('plan.situation')}</Heading>
        <Paragraph className="samenspel-pre-line">{content.situation || t('plan.empty')}</Paragraph>
      </section>

      <section className="samenspel-plan-document__part" data-testid={testId ? `${testId}-goals` : undefined}>
        <Heading level={level}>{t('plan.goalsAndActions')}</Heading>
        {content.goals.length === 0 ? <Paragraph>{t('plan.noGoals')}</Paragraph> : null}
        {content.goals.map((goal, index) => (
          <div key={goal.id} className="samenspel-plan-goal">
            <Heading level={sub}>{t('plan.goalTitle', { n: index + 1, description: goal.description })}</Heading>
            <Paragraph className="samenspel-small">
              {t('plan.goalDomain', { domain: domains.get(goal.domain) ?? goal.domain })}
              {goal.targetScore ? ` · ${t('plan.goalTarget', { score: goal.targetScore, name: (levels.get(goal.targetScore) ?? '').toLocaleLowerCase(language) })}` : ''}
            </Paragraph>
            <ActionList actions={content.actions.filter((a) => a.goalId === goal.id)} />
          </div>
        ))}
        {loose.length > 0 ? (
          <div className="samenspel-plan-goal">
            <Heading level={sub}>{t('plan.otherActions')}</Heading>
            <ActionList actions={loose} />
          </div>
        ) : null}
      </section>

      <section className="samenspel-plan-document__part">
        <Heading level={level}>{t('plan.services')}</Heading>
        {content.services.length === 0 ? (
          <Paragraph>{t('plan.none')}</Paragraph>
        ) : (
          <ul>
            {content.services.map((s, i) => (
              <li key={i}>{s.provider ? t('plan.serviceWithProvider', { name: s.name, provider: s.provider }) : s.name}</li>
            ))}
          </ul>
        )}
      </section>

      <section className="samenspel-plan-document__part">
        <Heading level={level}>{t('plan.obligations')}</Heading>
        {content.obligations.length === 0 ? (
          <Paragraph>{t('plan.noObligations')}</Paragraph>
        ) : (
          <ul className="samenspel-obligations">
            {content.obligations.map((o, i) => (
              <li key={i}>
                <strong className="samenspel-obligation-mark">{t('plan.obligationMark')}</strong> {o.description}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="samenspel-plan-document__part">
        <Heading level={level}>{t('plan.evaluationDates')}</Heading>
        {content.evaluationDates.length === 0 ? (
          <Paragraph>{t('plan.none')}</Paragraph>
        ) : (
          <ul>
            {content.evaluationDates.map((d) => (
              <li key={d}>{formatDate(d)}</li>
            ))}
          </ul>
        )}
      </section>

      {print || agreements.length > 0 ? (
        <section className="samenspel-plan-document__part">
          <Heading level={level}>{t('plan.agreement')}</Heading>
          {agreements.length > 0 ? (
            <ul>
              {agreements.map((a) => (
                <li key={a.personId}>
                  {t('plan.agreedLine', { name: a.displayName, date: formatDate(a.agreedOn), form: label('agreementForm', a.form).toLocaleLowerCase(language) })}
                  {a.witnessedBy ? ` ${t('plan.witnessedBy', { name: a.witnessedBy })}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {print ? (
            <div className="samenspel-signatures">
              {[...print.unsignedMembers, ...(print.coordinatorLine ? [print.coordinatorLine] : [])].map((name) => (
                <div key={name} className="samenspel-signature">
                  <span>{name}</span>
                  <span className="samenspel-signature__line">{t('plan.print.signature')}</span>
                  <span className="samenspel-signature__line">{t('plan.print.date')}</span>
                </div>
              ))}
            </div>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="samenspel-facts__item">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ActionList({ actions }: { actions: PlanAction[] }) {
  const { t, label, formatDate } = useI18n();
  if (actions.length === 0) return <Paragraph className="samenspel-muted">{t('plan.noActions')}</Paragraph>;
  return (
    <ul className="samenspel-plan-actions">
      {actions.map((a) => (
        <li key={a.id} className="samenspel-plan-action">
          <span className="samenspel-plan-action__what">{a.description}</span>
          <span className="samenspel-plan-action__meta">
            {t('plan.actionWho', { name: a.owner.name, kind: label('ownerKind', a.owner.kind).toLocaleLowerCase() })} ·{' '}
            {t('plan.actionWhen', { date: formatDate(a.dueDate) })} · {label('actionStatus', a.status)}
          </span>
        </li>
      ))}
    </ul>
  );
}
