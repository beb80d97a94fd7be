-- Privacy, part 1: the processing register complete, professional roles, which role sees which
-- data category for which purpose, consent, the resident's own restrictions, emergency access.

-- The register (verwerkingsregister). legal_basis stays the readable text; the kind decides
-- whether the access layer asks for consent. Retention: months after a moment (see retention).
ALTER TABLE processing_activity
  ADD COLUMN legal_basis_kind text NOT NULL DEFAULT 'public_task'
    CHECK (legal_basis_kind IN ('consent', 'legal_duty', 'public_task', 'vital_interest', 'legitimate_interest')),
  ADD COLUMN legal_basis_article text,
  ADD COLUMN data_categories text[] NOT NULL DEFAULT '{}',
  ADD COLUMN recipients text NOT NULL DEFAULT '',
  ADD COLUMN retention_months integer CHECK (retention_months IS NULL OR retention_months >= 0),
  ADD COLUMN retention_from text CHECK (retention_from IN ('case_closed', 'registration_withdrawn', 'recorded')),
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN updated_by uuid REFERENCES app_user(id);

UPDATE processing_activity SET legal_basis_kind = 'public_task', legal_basis_article = 'Wmo 2015 art. 2.3.2; Participatiewet art. 7',
  data_categories = ARRAY['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety'],
  recipients = 'Het sociaal (wijk)team van de gemeente en de organisaties die er professionals in hebben',
  retention_months = 180, retention_from = 'case_closed'
  WHERE id = 'social-support';
UPDATE processing_activity SET legal_basis_kind = 'legal_duty', legal_basis_article = 'AVG art. 32', recipients = 'Niemand buiten Samenspel',
  retention_months = 12, retention_from = 'recorded' WHERE id = 'authentication';
UPDATE processing_activity SET legal_basis_kind = 'legal_duty', legal_basis_article = 'AVG art. 5 lid 2 en art. 39', recipients = 'De functionaris gegevensbescherming'
  WHERE id = 'privacy-oversight';
UPDATE processing_activity SET legal_basis_kind = 'legitimate_interest', recipients = 'Functioneel beheer van de gemeente' WHERE id = 'administration';

INSERT INTO processing_activity (id, name, purpose, legal_basis, legal_basis_kind, legal_basis_article, data_categories, recipients, retention_months, retention_from) VALUES
  ('work-income', 'Werk en inkomen', 'Begeleiding naar werk en participatie, en het recht op bijstand vaststellen',
   'Wettelijke plicht: Participatiewet art. 7 en art. 10', 'legal_duty', 'Participatiewet art. 7, 10',
   ARRAY['work_participation', 'income_benefit', 'health_work_capability', 'debt'], 'Klantmanagers en consulenten Werk en Inkomen', 120, 'case_closed'),
  ('debt-help', 'Schuldhulpverlening', 'Schulden in kaart brengen en regelen',
   'Wettelijke taak: Wet gemeentelijke schuldhulpverlening art. 2 en 5', 'public_task', 'Wgs art. 2, 5',
   ARRAY['debt', 'income_benefit', 'social'], 'Schuldhulpverleners van de gemeente of de kredietbank', 84, 'case_closed'),
  ('enforcement', 'Handhaving Participatiewet', 'Rechtmatigheid van de uitkering controleren en onrechtmatigheid beëindigen',
   'Wettelijke plicht: Participatiewet art. 17 en 53a', 'legal_duty', 'Participatiewet art. 17, 53a',
   ARRAY['enforcement', 'income_benefit'], 'Handhavingsconsulenten en sociale recherche', 84, 'case_closed'),
  ('youth-support', 'Jeugdhulp', 'Hulp aan jeugdigen en ouders',
   'Wettelijke taak: Jeugdwet art. 2.3', 'public_task', 'Jeugdwet art. 2.3, 7.3.8',
   ARRAY['social', 'health_diagnosis', 'safety'], 'Jeugdprofessionals van het wijkteam', 240, 'case_closed'),
  ('consent-sharing', 'Delen met toestemming', 'Gegevens delen buiten de eigen taak, alleen met schriftelijke toestemming van de inwoner',
   'Toestemming van de inwoner (AVG art. 6 lid 1 sub a)', 'consent', 'AVG art. 6 lid 1 sub a',
   ARRAY['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety'],
   'Wie de toestemming noemt', 180, 'case_closed'),
  ('emergency-access', 'Noodtoegang (conflict van plichten)', 'Een dossier openen zonder gewone toegang, om een ernstig gevaar voor de inwoner af te wenden',
   'Vitaal belang van de betrokkene (AVG art. 6 lid 1 sub d); conflict van plichten', 'vital_interest', 'AVG art. 6 lid 1 sub d',
   ARRAY['social', 'work_participation', 'income_benefit', 'debt', 'health_work_capability', 'health_diagnosis', 'justice', 'safety', 'enforcement'],
   'De medewerker die noodtoegang vraagt; de functionaris gegevensbescherming beoordeelt', NULL, NULL),
  ('data-subject-rights', 'Rechten van betrokkenen', 'Inzage, rectificatie, wissing en beperking op verzoek van de inwoner',
   'Wettelijke plicht: AVG art. 15 tot en met 18', 'legal_duty', 'AVG art. 15–18', '{}', 'De inwoner zelf', NULL, NULL),
  ('retention', 'Bewaartermijnen uitvoeren', 'Gegevens vernietigen als de bewaartermijn voorbij is',
   'Wettelijke plicht: AVG art. 5 lid 1 sub e; Archiefwet', 'legal_duty', 'AVG art. 5 lid 1 sub e', '{}', 'Niemand', NULL, NULL);

-- What a professional does in a team decides which parts of a file they need.
CREATE TABLE professional_role (
  id        text PRIMARY KEY,
  name_nl   text NOT NULL,
  name_en   text NOT NULL
);
INSERT INTO professional_role (id, name_nl, name_en) VALUES
  ('generalist', 'Wijkteamprofessional (generalist)', 'Neighbourhood team professional (generalist)'),
  ('work_professional', 'Klantmanager / werkprofessional', 'Work professional / client manager'),
  ('income_consultant', 'Inkomensconsulent', 'Income consultant'),
  ('enforcement_officer', 'Handhavingsconsulent', 'Enforcement officer'),
  ('debt_counsellor', 'Schuldhulpverlener', 'Debt counsellor'),
  ('wmo_consultant', 'Wmo-consulent', 'Wmo consultant'),
  ('youth_professional', 'Jeugdprofessional', 'Youth professional'),
  ('employer_services', 'Accountmanager werkgeversdienstverlening', 'Employer services account manager');

ALTER TABLE team_membership ADD COLUMN professional_role text NOT NULL DEFAULT 'generalist' REFERENCES professional_role(id);

-- Which role sees (and records) which category, under which processing activity (purpose).
-- Anything not listed is withheld. The privacy officer edits these; the UI shows them in Dutch.
CREATE TABLE category_rule (
  professional_role        text NOT NULL REFERENCES professional_role(id),
  category                 text NOT NULL REFERENCES data_category(id),
  processing_activity_id   text NOT NULL REFERENCES processing_activity(id),
  PRIMARY KEY (professional_role, category)
);
INSERT INTO category_rule (professional_role, category, processing_activity_id)
SELECT r, c, a FROM (VALUES
  ('generalist', 'social', 'social-support'), ('generalist', 'work_participation', 'social-support'),
  ('generalist', 'income_benefit', 'social-support'), ('generalist', 'debt', 'social-support'),
  ('generalist', 'health_work_capability', 'social-support'), ('generalist', 'health_diagnosis', 'social-support'),
  ('generalist', 'justice', 'social-support'), ('generalist', 'safety', 'social-support'),
  ('work_professional', 'work_participation', 'work-income'), ('work_professional', 'income_benefit', 'work-income'),
  ('work_professional', 'health_work_capability', 'work-income'), ('work_professional', 'debt', 'work-income'),
  ('work_professional', 'social', 'consent-sharing'),
  ('income_consultant', 'income_benefit', 'work-income'), ('income_consultant', 'work_participation', 'work-income'),
  ('enforcement_officer', 'enforcement', 'enforcement'), ('enforcement_officer', 'income_benefit', 'enforcement'),
  ('debt_counsellor', 'debt', 'debt-help'), ('debt_counsellor', 'income_benefit', 'debt-help'), ('debt_counsellor', 'social', 'consent-sharing'),
  ('wmo_consultant', 'social', 'social-support'), ('wmo_consultant', 'health_diagnosis', 'social-support'),
  ('wmo_consultant', 'health_work_capability', 'social-support'), ('wmo_consultant', 'safety', 'social-support'),
  ('youth_professional', 'social', 'youth-support'), ('youth_professional', 'health_diagnosis', 'youth-support'),
  ('youth_professional', 'safety', 'youth-support'),
  ('employer_services', 'work_participation', 'work-income')
) AS rules(r, c, a);

-- Consent (toestemming): which categories, to whom, for what, from when until when, how given.
CREATE TABLE consent (
  id                         uuid PRIMARY KEY,
  person_id                  uuid NOT NULL REFERENCES person(id),
  categories                 text[] NOT NULL CHECK (cardinality(categories) > 0),
  recipient_team_id          uuid REFERENCES team(id),
  recipient_organisation_id  uuid REFERENCES organisation(id),
  recipient_role             text REFERENCES professional_role(id),
  processing_activity_id     text NOT NULL REFERENCES processing_activity(id),
  valid_from                 date NOT NULL,
  valid_until                date,
  form                       text NOT NULL CHECK (form IN ('signed_paper', 'signed_digital', 'verbal')),
  witnessed_by               text,
  recorded_by                uuid NOT NULL REFERENCES app_user(id),
  recorded_at                timestamptz NOT NULL DEFAULT now(),
  withdrawn_at               timestamptz,
  withdrawn_by               uuid REFERENCES app_user(id),
  withdrawal_note            text,
  CHECK (num_nonnulls(recipient_team_id, recipient_organisation_id, recipient_role) >= 1),
  CHECK (form <> 'verbal' OR witnessed_by IS NOT NULL),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX consent_person ON consent (person_id) WHERE withdrawn_at IS NULL;

-- The resident's own choice to withhold a part of their data from someone (as BUCH does).
-- It cannot stop what the law obliges (a legal duty); the access layer applies it otherwise.
CREATE TABLE sharing_restriction (
  id                       uuid PRIMARY KEY,
  person_id                uuid NOT NULL REFERENCES person(id),
  categories               text[] NOT NULL CHECK (cardinality(categories) > 0),
  applies_to_user_id       uuid REFERENCES app_user(id),
  applies_to_team_id       uuid REFERENCES team(id),
  applies_to_organisation_id uuid REFERENCES organisation(id),
  applies_to_role          text REFERENCES professional_role(id),
  reason                   text,
  recorded_by              uuid NOT NULL REFERENCES app_user(id),
  recorded_at              timestamptz NOT NULL DEFAULT now(),
  ended_at                 timestamptz,
  ended_by                 uuid REFERENCES app_user(id),
  CHECK (num_nonnulls(applies_to_user_id, applies_to_team_id, applies_to_organisation_id, applies_to_role) = 1)
);
CREATE INDEX sharing_restriction_person ON sharing_restriction (person_id) WHERE ended_at IS NULL;

-- Emergency access (conflict van plichten): time-limited, justified, reviewed by the privacy officer.
CREATE TABLE emergency_access (
  id              uuid PRIMARY KEY,
  user_id         uuid NOT NULL REFERENCES app_user(id),
  household_id    uuid NOT NULL REFERENCES household(id),
  ground          text NOT NULL CHECK (ground IN ('conflict_of_duties', 'vital_interest')),
  justification   text NOT NULL CHECK (length(justification) >= 20),
  started_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  ended_at        timestamptz,
  reviewed_at     timestamptz,
  reviewed_by     uuid REFERENCES app_user(id),
  review_outcome  text CHECK (review_outcome IN ('justified', 'not_justified')),
  review_note     text,
  CHECK (expires_at > started_at)
);
CREATE INDEX emergency_access_active ON emergency_access (user_id, household_id, expires_at) WHERE ended_at IS NULL;
CREATE INDEX emergency_access_unreviewed ON emergency_access (started_at) WHERE reviewed_at IS NULL;
