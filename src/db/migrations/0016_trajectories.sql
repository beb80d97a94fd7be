-- Trajectories (trajecten): guidance of one household member towards work or participation,
-- started from the household's plan. Status history (active, paused with a reason and an
-- expected resume date, closed with a reason), instruments used, the exit interview, the
-- outcome and the follow-up contacts after closure (nazorg, waakvlamcontacten).
-- Everything here is of the category work_participation; no wage amounts are stored.

CREATE TABLE trajectory (
  id                   uuid PRIMARY KEY,
  household_id         uuid NOT NULL REFERENCES household(id),
  person_id            uuid NOT NULL REFERENCES person(id),
  plan_id              uuid NOT NULL REFERENCES plan(id),
  goal_id              uuid,                          -- a goal in the plan's content (jsonb), when the trajectory serves one
  responsible_user_id  uuid NOT NULL REFERENCES app_user(id),
  status               text NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
  started_on           date NOT NULL,
  ladder_start         integer NOT NULL CHECK (ladder_start BETWEEN 1 AND 6),
  ladder_target        integer NOT NULL CHECK (ladder_target BETWEEN 1 AND 6),
  category             text NOT NULL DEFAULT 'work_participation' REFERENCES data_category(id),
  revision             integer NOT NULL DEFAULT 1,    -- optimistic concurrency, as for plan versions
  created_by           uuid NOT NULL REFERENCES app_user(id),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_by           uuid NOT NULL REFERENCES app_user(id),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trajectory_household ON trajectory (household_id, started_on DESC);
CREATE INDEX trajectory_person ON trajectory (person_id);
-- One running (active or paused) trajectory per person at a time.
CREATE UNIQUE INDEX trajectory_one_open_per_person ON trajectory (person_id) WHERE status <> 'closed';

-- Every status the trajectory had, the start included; the newest row is the current status.
CREATE TABLE trajectory_status_change (
  id                   uuid PRIMARY KEY,
  trajectory_id        uuid NOT NULL REFERENCES trajectory(id),
  status               text NOT NULL CHECK (status IN ('active', 'paused', 'closed')),
  effective_on         date NOT NULL,
  pause_reason         text,
  expected_resume_on   date,
  closing_reason       text CHECK (closing_reason IN ('goal_reached', 'benefit_ended', 'moved', 'other')),
  closing_reason_text  text,
  ladder_step          integer CHECK (ladder_step BETWEEN 1 AND 6),
  note                 text,
  recorded_by          uuid NOT NULL REFERENCES app_user(id),
  recorded_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (status <> 'paused' OR (pause_reason IS NOT NULL AND expected_resume_on IS NOT NULL AND expected_resume_on >= effective_on)),
  CHECK (status <> 'closed' OR closing_reason IS NOT NULL),
  CHECK (closing_reason IS DISTINCT FROM 'other' OR closing_reason_text IS NOT NULL)
);
CREATE INDEX trajectory_status_change_trajectory ON trajectory_status_change (trajectory_id, effective_on, recorded_at);

-- Instruments used: an instrument of the municipality's catalogue (migration 0015), or one
-- outside it by name. The name and provider are copied, so the record stays readable when the
-- catalogue changes.
CREATE TABLE trajectory_instrument (
  id                       uuid PRIMARY KEY,
  trajectory_id            uuid NOT NULL REFERENCES trajectory(id),
  position                 integer NOT NULL,
  catalogue_instrument_id  uuid REFERENCES catalogue_instrument(id) ON DELETE SET NULL,
  name                     text NOT NULL,
  provider                 text,
  started_on               date NOT NULL,
  ended_on                 date,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX trajectory_instrument_trajectory ON trajectory_instrument (trajectory_id, position);

-- The exit interview (eindgesprek), only for a closed trajectory.
CREATE TABLE trajectory_exit_interview (
  trajectory_id  uuid PRIMARY KEY REFERENCES trajectory(id),
  held_on        date NOT NULL,
  what_helped    text,
  what_did_not   text,
  own_words      text,
  satisfaction   integer CHECK (satisfaction BETWEEN 1 AND 5),
  recorded_by    uuid NOT NULL REFERENCES app_user(id),
  recorded_at    timestamptz NOT NULL DEFAULT now()
);

-- Where the trajectory led. Paid work with hours, the kind of employer, wage-cost subsidy
-- (loonkostensubsidie) with its percentage, registration in the doelgroepenregister
-- (banenafspraak) and whether the job is a garantiebaan.
CREATE TABLE trajectory_outcome (
  trajectory_id                uuid PRIMARY KEY REFERENCES trajectory(id),
  kind                         text NOT NULL CHECK (kind IN ('paid_work', 'education', 'volunteer_work', 'nothing_yet')),
  hours_per_week               integer CHECK (hours_per_week BETWEEN 1 AND 60),
  employer_kind                text CHECK (employer_kind IN ('private', 'public', 'social_enterprise', 'sheltered_work', 'other')),
  wage_cost_subsidy            boolean,
  wage_cost_subsidy_percentage integer CHECK (wage_cost_subsidy_percentage BETWEEN 0 AND 100),
  jobs_agreement_registered    boolean,
  garantiebaan                 boolean,
  description                  text,
  recorded_by                  uuid NOT NULL REFERENCES app_user(id),
  recorded_at                  timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'paid_work' OR (hours_per_week IS NULL AND employer_kind IS NULL AND wage_cost_subsidy IS NULL
    AND wage_cost_subsidy_percentage IS NULL AND jobs_agreement_registered IS NULL AND garantiebaan IS NULL)),
  CHECK (kind <> 'paid_work' OR (hours_per_week IS NOT NULL AND wage_cost_subsidy IS NOT NULL)),
  CHECK (wage_cost_subsidy IS TRUE OR wage_cost_subsidy_percentage IS NULL)
);

-- Follow-up contacts after closure: aftercare (nazorg) and light contacts (waakvlamcontact).
-- notified_at: the responsible professional got the in-app notice that it is due.
CREATE TABLE trajectory_follow_up (
  id             uuid PRIMARY KEY,
  trajectory_id  uuid NOT NULL REFERENCES trajectory(id),
  kind           text NOT NULL CHECK (kind IN ('aftercare', 'light_contact')),
  due_on         date NOT NULL,
  done_on        date,
  note           text,
  notified_at    timestamptz,
  recorded_by    uuid NOT NULL REFERENCES app_user(id)
);
CREATE INDEX trajectory_follow_up_due ON trajectory_follow_up (due_on) WHERE done_on IS NULL AND notified_at IS NULL;

ALTER TABLE notification DROP CONSTRAINT IF EXISTS notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check
  CHECK (kind IN ('urgent_registration', 'case_assigned', 'trajectory_follow_up_due'));
