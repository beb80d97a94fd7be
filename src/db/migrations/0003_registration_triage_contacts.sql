-- Dossier, part 1: registration (aanmelding), daily triage (dagstart) with assignment,
-- contacts, in-app notifications, and data categories on every piece of content.

-- Data categories (the privacy issue enforces rules on them; every content row carries one).
CREATE TABLE data_category (
  id        text PRIMARY KEY,
  name_nl   text NOT NULL,
  name_en   text NOT NULL
);
INSERT INTO data_category (id, name_nl, name_en) VALUES
  ('social', 'Sociaal', 'Social'),
  ('work_participation', 'Werk en participatie', 'Work and participation'),
  ('income_benefit', 'Inkomen en uitkering', 'Income and benefit'),
  ('debt', 'Schulden', 'Debt'),
  ('health_work_capability', 'Gezondheid: mogelijkheden en beperkingen voor werk', 'Health: work capabilities and limitations'),
  ('health_diagnosis', 'Gezondheid: diagnoses en behandeling', 'Health: diagnoses and treatment'),
  ('justice', 'Justitie', 'Justice'),
  ('safety', 'Veiligheid', 'Safety'),
  ('enforcement', 'Handhaving', 'Enforcement');

-- A registration is a case file of kind 'registration' until the team coordinator assigns it.
ALTER TABLE case_file
  ADD COLUMN channel text CHECK (channel IN ('walk_in', 'phone', 'web_form', 'email', 'benefit_application', 'referral', 'outreach', 'early_warning')),
  ADD COLUMN referrer_type text CHECK (referrer_type IN ('self', 'gp', 'district_nurse', 'informal_carer', 'hospital', 'school', 'police', 'uwv', 'municipality_department', 'other_team', 'other')),
  ADD COLUMN question text,
  ADD COLUMN question_category text NOT NULL DEFAULT 'social' REFERENCES data_category(id),
  ADD COLUMN urgent_flags text[] NOT NULL DEFAULT '{}'
    CHECK (urgent_flags <@ ARRAY['domestic_violence', 'acute_debt', 'eviction', 'crime', 'psychiatric_crisis']::text[]),
  ADD COLUMN registered_by uuid REFERENCES app_user(id),
  ADD COLUMN professional_id uuid REFERENCES app_user(id),
  ADD COLUMN coordinator_id uuid REFERENCES app_user(id),
  ADD COLUMN assigned_at timestamptz;
CREATE INDEX case_file_triage ON case_file (team_id, opened_at) WHERE closed_at IS NULL AND assigned_at IS NULL;
CREATE INDEX case_file_professional ON case_file (professional_id) WHERE closed_at IS NULL;
CREATE INDEX case_file_coordinator ON case_file (coordinator_id) WHERE closed_at IS NULL;

CREATE TABLE case_assignment (
  id              uuid PRIMARY KEY,
  case_file_id    uuid NOT NULL REFERENCES case_file(id),
  professional_id uuid NOT NULL REFERENCES app_user(id),
  coordinator_id  uuid NOT NULL REFERENCES app_user(id),
  assigned_by     uuid NOT NULL REFERENCES app_user(id),
  assigned_at     timestamptz NOT NULL DEFAULT now(),
  note            text
);
CREATE INDEX case_assignment_case ON case_assignment (case_file_id, assigned_at);

CREATE TABLE contact (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES household(id),
  case_file_id  uuid REFERENCES case_file(id),
  occurred_at   timestamptz NOT NULL,
  place         text NOT NULL CHECK (place IN ('home', 'team_office', 'werkplein', 'elsewhere')),
  form          text NOT NULL CHECK (form IN ('visit', 'phone', 'email', 'video', 'message')),
  participants  text NOT NULL,
  report        text NOT NULL,
  category      text NOT NULL REFERENCES data_category(id),
  recorded_by   uuid NOT NULL REFERENCES app_user(id),
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_household ON contact (household_id, occurred_at DESC);

-- In-app notifications carry no personal data in their text: a kind and a link.
CREATE TABLE notification (
  id            uuid PRIMARY KEY,
  user_id       uuid NOT NULL REFERENCES app_user(id),
  kind          text NOT NULL CHECK (kind IN ('urgent_registration', 'case_assigned')),
  case_file_id  uuid REFERENCES case_file(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  read_at       timestamptz
);
CREATE INDEX notification_unread ON notification (user_id, created_at DESC) WHERE read_at IS NULL;
