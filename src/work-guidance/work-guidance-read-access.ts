import type { AccessSession } from '../access/access-session.ts';
import { conflict, forbidden } from '../server/errors.ts';
import { computeProposal } from './proposal-access.ts';
import { openWorkGuidance } from './work-guidance-access.ts';
import { assessmentFacts, latestAssessment, workGuidanceView } from './work-guidance-view-access.ts';

/** The "Werk en route" page of a person; one log entry per processing activity for the person. */
export async function getWorkGuidance(access: AccessSession, personId: string) {
  const context = await openWorkGuidance(access, personId, 'get');
  const view = await workGuidanceView(access, context);
  context.policy.logRead(access, {
    name: 'work_guidance.get', resourceType: 'person', resourceId: personId,
    attributes: { assessments: view.assessments.length, proposals: view.proposals.length },
  }, [personId]);
  return view;
}

/**
 * What the model would propose on a date for the latest assessment, under the configuration in
 * force then — also a date ahead, to see what a coming version changes. Nothing is stored.
 */
export async function previewProposal(access: AccessSession, personId: string, on: string | undefined) {
  const context = await openWorkGuidance(access, personId, 'get');
  if (!context.activityId) {
    throw forbidden({ nl: 'Werk en route gaan over werk en participatie; die gegevens zijn hier niet voor uw rol.', en: 'Work guidance is about work and participation; that data is not for your role here.' });
  }
  context.policy.admit('work_participation', [personId]);
  const assessment = await latestAssessment(access, personId);
  if (!assessment) throw conflict({ nl: 'Er is nog geen beoordeling van de afstand tot werk.', en: 'There is no assessment of the distance to work yet.' });
  const date = on ?? context.today;
  const { proposal, configuration } = await computeProposal(access, context, assessmentFacts(assessment), date);
  context.policy.logRead(access, {
    name: 'work_guidance.preview', resourceType: 'person', resourceId: personId,
    attributes: { configurationId: configuration?.id ?? null, kind: proposal.kind, route: proposal.route?.key ?? null, on: date },
  }, [personId]);
  return { proposedOn: date, assessmentId: assessment.id, configuration, ...proposal };
}
