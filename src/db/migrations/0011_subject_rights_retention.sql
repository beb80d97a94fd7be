-- Privacy, part 3: the resident's rights (AVG art. 15–18) and retention periods (bewaartermijnen).

-- The purpose a registration or case serves; its retention period follows from that register entry.
ALTER TABLE case_file ADD COLUMN processing_activity_id text NOT NULL DEFAULT 'social-support' REFERENCES processing_activity(id);

-- A registration closed without becoming a case is kept shorter than a case.
INSERT INTO processing_activity (id, name, purpose, legal_basis, legal_basis_kind, legal_basis_article, data_categories, recipients, retention_months, retention_from) VALUES
  ('registration-without-case', 'Aanmelding zonder vervolg', 'Een aanmelding die is ingetrokken of afgesloten zonder casus te worden kort bewaren, om vragen erover te beantwoorden en een nieuwe aanmelding in samenhang te zien',
   'Wettelijke taak: Wmo 2015 art. 2.3.2', 'public_task', 'Wmo 2015 art. 2.3.2', ARRAY['social'], 'Het team dat de aanmelding ontving', 24, 'registration_withdrawn');

-- Rectification (AVG art. 16): the values before each correction, encrypted like the BSN
-- (AES-256-GCM of a JSON object {field: previous value}).
CREATE TABLE person_rectification (
  id                         uuid PRIMARY KEY,
  person_id                  uuid NOT NULL REFERENCES person(id),
  changed_fields             text[] NOT NULL CHECK (cardinality(changed_fields) > 0),
  previous_values_encrypted  text NOT NULL,
  request_note               text NOT NULL CHECK (length(request_note) BETWEEN 1 AND 2000),
  rectified_by               uuid NOT NULL REFERENCES app_user(id),
  rectified_at               timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_rectification_person ON person_rectification (person_id, rectified_at);

-- Restriction of processing (AVG art. 18): stored, not used, until lifted. The ground is one of
-- art. 18 lid 1 a–d. person.processing_restricted_at mirrors the active restriction for the access layer.
CREATE TABLE processing_restriction (
  id              uuid PRIMARY KEY,
  person_id       uuid NOT NULL REFERENCES person(id),
  ground          text NOT NULL CHECK (ground IN ('accuracy_contested', 'unlawful_processing', 'legal_claims', 'objection_pending')),
  reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  restricted_by   uuid NOT NULL REFERENCES app_user(id),
  restricted_at   timestamptz NOT NULL DEFAULT now(),
  lifted_by       uuid REFERENCES app_user(id),
  lifted_at       timestamptz,
  lift_note       text,
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE UNIQUE INDEX processing_restriction_active ON processing_restriction (person_id) WHERE lifted_at IS NULL;
ALTER TABLE person ADD COLUMN processing_restricted_at timestamptz;

-- Each real retention run: what was destroyed under which rule, in counts, never content.
CREATE TABLE retention_run (
  id                    uuid PRIMARY KEY,
  as_of                 timestamptz NOT NULL,
  started_at            timestamptz NOT NULL DEFAULT now(),
  finished_at           timestamptz,
  started_by            uuid REFERENCES app_user(id),   -- null: the daily schedule
  households_destroyed  integer NOT NULL DEFAULT 0,
  households_held       integer NOT NULL DEFAULT 0,
  failures              integer NOT NULL DEFAULT 0,
  destroyed             jsonb NOT NULL DEFAULT '{}'     -- per rule: households, persons, rows per table
);
CREATE INDEX retention_run_started ON retention_run (started_at DESC);

-- Notes stay written once, but erasure and retention must be able to destroy them: DELETE is
-- allowed only in a transaction that declared itself a destruction (SET LOCAL samenspel.destroying = 'on'),
-- which only the erasure and retention code does. UPDATE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION dossier_note_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('samenspel.destroying', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'dossier notes are never changed or removed: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
GRANT DELETE ON dossier_note, dossier_note_person TO CURRENT_USER;
-- Deleting a note checks dossier_note_person FOR KEY SHARE, which needs UPDATE (the trigger still refuses it), as in 0007.
GRANT UPDATE ON dossier_note_person TO CURRENT_USER;
