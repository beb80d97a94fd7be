-- Foundation: organisation core, persons and households, sign-in, processing log.
-- Plain SQL, forward-only. Runs on PostgreSQL 15+ and on PGlite.

CREATE TABLE municipality (
  id           uuid PRIMARY KEY,
  name         text NOT NULL UNIQUE,
  cbs_code     text UNIQUE,            -- e.g. GM0479 (Zaanstad)
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation (
  id              uuid PRIMARY KEY,
  name            text NOT NULL UNIQUE,
  kind            text NOT NULL CHECK (kind IN ('municipality', 'welfare', 'care', 'main_contractor', 'regional_service', 'other')),
  municipality_id uuid REFERENCES municipality(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE team (
  id              uuid PRIMARY KEY,
  municipality_id uuid NOT NULL REFERENCES municipality(id),
  name            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('neighbourhood', 'central_hub', 'escalation', 'network', 'work_participation', 'youth_family', 'intake', 'other')),
  area_postcodes  text[] NOT NULL DEFAULT '{}',   -- 4-digit postcode areas, or ranges like 1500-1509
  area_districts  text[] NOT NULL DEFAULT '{}',
  valid_from      date NOT NULL DEFAULT current_date,
  valid_until     date,
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, name),
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);

CREATE TABLE app_user (
  id                        uuid PRIMARY KEY,
  username                  text NOT NULL UNIQUE,
  display_name              text NOT NULL,
  email                     text,
  employer_organisation_id  uuid REFERENCES organisation(id),
  discipline                text,
  profile                   text CHECK (profile IN ('generalist', 'specialist', 't_shaped')),
  system_roles              text[] NOT NULL DEFAULT '{}',
  password_hash             text NOT NULL,
  totp_secret_encrypted     text,           -- set once enrolment is confirmed
  totp_pending_encrypted    text,           -- secret shown during enrolment, not yet confirmed
  totp_last_step            bigint,         -- last accepted time step: each code is usable once
  disabled_at               timestamptz,
  created_at                timestamptz NOT NULL DEFAULT now(),
  CHECK (system_roles <@ ARRAY['administrator', 'privacy_officer', 'manager']::text[])
);

CREATE TABLE team_membership (
  id           uuid PRIMARY KEY,
  team_id      uuid NOT NULL REFERENCES team(id),
  user_id      uuid NOT NULL REFERENCES app_user(id),
  role         text NOT NULL CHECK (role IN ('member', 'coordinator')),
  valid_from   date NOT NULL DEFAULT current_date,
  valid_until  date,
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX team_membership_user ON team_membership (user_id);
CREATE INDEX team_membership_team ON team_membership (team_id);

-- Residents. The BSN is kept encrypted (to show it) and as a keyed hash (to look it up).
CREATE TABLE person (
  id                  uuid PRIMARY KEY,
  municipality_id     uuid NOT NULL REFERENCES municipality(id),
  bsn_hash            bytea UNIQUE,
  bsn_encrypted       text,
  given_names         text NOT NULL,
  family_name_prefix  text,
  family_name         text NOT NULL,
  birth_date          date,
  street              text,
  house_number        text,
  postcode            text,
  city                text,
  search_name         text NOT NULL,      -- lower-case "family_name given_names", for prefix search
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_search_name ON person (search_name text_pattern_ops);
CREATE INDEX person_family_name ON person (lower(family_name) text_pattern_ops);
CREATE INDEX person_birth_date ON person (birth_date);

CREATE TABLE household (
  id               uuid PRIMARY KEY,
  municipality_id  uuid NOT NULL REFERENCES municipality(id),
  name             text NOT NULL,        -- e.g. "Huishouden De Vries"
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE household_member (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES household(id),
  person_id     uuid NOT NULL REFERENCES person(id),
  role          text NOT NULL CHECK (role IN ('resident', 'partner', 'child', 'other')),
  valid_from    date NOT NULL DEFAULT current_date,
  valid_until   date,
  CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
CREATE INDEX household_member_household ON household_member (household_id);
CREATE INDEX household_member_person ON household_member (person_id);

-- A team's involvement with a household: an open registration or case gives the team access.
-- The dossier issue builds registrations and triage on top of this.
CREATE TABLE case_file (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES household(id),
  team_id       uuid NOT NULL REFERENCES team(id),
  kind          text NOT NULL CHECK (kind IN ('registration', 'case')),
  opened_at     timestamptz NOT NULL DEFAULT now(),
  closed_at     timestamptz
);
CREATE INDEX case_file_open_team ON case_file (team_id, household_id) WHERE closed_at IS NULL;
CREATE INDEX case_file_household ON case_file (household_id);

-- Register of processing activities (the privacy issue makes it editable and complete).
CREATE TABLE processing_activity (
  id           text PRIMARY KEY,
  name         text NOT NULL,
  purpose      text NOT NULL,
  legal_basis  text NOT NULL
);

INSERT INTO processing_activity (id, name, purpose, legal_basis) VALUES
  ('social-support', 'Ondersteuning sociaal domein', 'Hulp aan huishoudens door het sociaal (wijk)team: vraagverheldering, plan en regie', 'Wettelijke taak: Wmo 2015 art. 2.3.2; Participatiewet art. 7'),
  ('authentication', 'Aanmelden en sessies', 'Toegang tot Samenspel beveiligen', 'Wettelijke verplichting: AVG art. 32 (beveiliging), BIO'),
  ('privacy-oversight', 'Toezicht op verwerkingen', 'De functionaris gegevensbescherming controleert wie persoonsgegevens inzag', 'Wettelijke verplichting: AVG art. 5 lid 2 en art. 39'),
  ('administration', 'Beheer van organisatie en gebruikers', 'Teams, medewerkers en rollen beheren', 'Gerechtvaardigd belang van de werkgever / publieke taak');

-- Server-side sessions. Only the SHA-256 of the token is stored.
CREATE TABLE auth_session (
  id             uuid PRIMARY KEY,
  token_hash     bytea NOT NULL UNIQUE,
  user_id        uuid NOT NULL REFERENCES app_user(id),
  stage          text NOT NULL CHECK (stage IN ('totp_enrolment', 'totp', 'complete')),
  csrf_token     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,             -- absolute limit
  ended_at       timestamptz,
  ended_reason   text,
  client_ip      text,
  user_agent     text
);
CREATE INDEX auth_session_user ON auth_session (user_id) WHERE ended_at IS NULL;

-- Failed sign-in counters, shared by all instances.
CREATE TABLE auth_throttle (
  key            text PRIMARY KEY,       -- 'user:<username>' or 'ip:<address>'
  failures       integer NOT NULL,
  window_start   timestamptz NOT NULL,
  locked_until   timestamptz
);

-- The processing log (verwerkingenlog), field names after Logius' Logboek Dataverwerkingen.
-- Append-only and hash-chained: hash = sha256(prev_hash || canonical entry).
CREATE TABLE processing_log (
  seq                          bigint PRIMARY KEY,
  trace_id                     text NOT NULL,
  span_id                      text NOT NULL,
  parent_span_id               text,
  name                         text NOT NULL,          -- the action, e.g. 'person.get'
  status_code                  text NOT NULL CHECK (status_code IN ('OK', 'ERROR', 'UNSET')),
  start_time                   timestamptz NOT NULL,
  end_time                     timestamptz NOT NULL,
  user_id                      uuid,
  acting_team_id               uuid,
  acting_role                  text,
  processing_activity_id       text NOT NULL,          -- dpl.core.processing_activity_id
  data_subject_id              text,                   -- dpl.core.data_subject_id (internal id, never a BSN)
  data_subject_id_type         text,                   -- dpl.core.data_subject_id_type
  resource_type                text,
  resource_id                  text,
  outcome                      text NOT NULL,          -- allowed, denied, not_found, failed
  attributes                   jsonb NOT NULL DEFAULT '{}',
  prev_hash                    text NOT NULL,
  hash                         text NOT NULL
);
CREATE INDEX processing_log_subject ON processing_log (data_subject_id, start_time);
CREATE INDEX processing_log_user ON processing_log (user_id, start_time);

-- The single head of the chain: writers lock this row, so entries are chained in one order.
CREATE TABLE processing_log_head (
  id         integer PRIMARY KEY CHECK (id = 1),
  last_seq   bigint NOT NULL,
  last_hash  text NOT NULL
);
INSERT INTO processing_log_head (id, last_seq, last_hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION processing_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'processing_log is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER processing_log_append_only
  BEFORE UPDATE OR DELETE ON processing_log
  FOR EACH ROW EXECUTE FUNCTION processing_log_refuse_change();
CREATE TRIGGER processing_log_no_truncate
  BEFORE TRUNCATE ON processing_log
  FOR EACH STATEMENT EXECUTE FUNCTION processing_log_refuse_change();

-- The application's own role may only read and append. (A superuser still can; that is
-- what the hash chain and verify-log are for.)
REVOKE UPDATE, DELETE, TRUNCATE ON processing_log FROM PUBLIC, CURRENT_USER;
