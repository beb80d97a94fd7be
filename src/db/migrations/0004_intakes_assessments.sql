-- Dossier, part 2: the integral intake (keukentafelgesprek) with versioned assessment
-- instruments (ZRM 13 and 11 domains, participatieladder) kept as data, autosaved drafts
-- with a revision number, and the scores per person per moment.

CREATE TABLE assessment_instrument (
  id          text NOT NULL,
  version     integer NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('zrm', 'ladder')),
  definition  jsonb NOT NULL,            -- names, scale, domains with anchors and data category
  loaded_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, version)
);

CREATE TABLE intake (
  id                  uuid PRIMARY KEY,
  household_id        uuid NOT NULL REFERENCES household(id),
  case_file_id        uuid REFERENCES case_file(id),
  instrument_id       text NOT NULL,
  instrument_version  integer NOT NULL,
  status              text NOT NULL CHECK (status IN ('draft', 'final')),
  draft               jsonb NOT NULL DEFAULT '{}',
  revision            integer NOT NULL DEFAULT 1,   -- optimistic concurrency: each save must name the revision it edited
  started_by          uuid NOT NULL REFERENCES app_user(id),
  updated_by          uuid NOT NULL REFERENCES app_user(id),
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now(),
  finalised_at        timestamptz,
  FOREIGN KEY (instrument_id, instrument_version) REFERENCES assessment_instrument (id, version)
);
CREATE INDEX intake_household ON intake (household_id, created_at DESC);

CREATE TABLE assessment_score (
  id                  uuid PRIMARY KEY,
  intake_id           uuid NOT NULL REFERENCES intake(id),
  person_id           uuid NOT NULL REFERENCES person(id),
  instrument_id       text NOT NULL,
  instrument_version  integer NOT NULL,
  domain_code         text NOT NULL,
  score               integer NOT NULL CHECK (score BETWEEN 1 AND 6),
  category            text NOT NULL REFERENCES data_category(id),
  assessed_on         date NOT NULL,
  UNIQUE (intake_id, person_id, instrument_id, domain_code),
  FOREIGN KEY (instrument_id, instrument_version) REFERENCES assessment_instrument (id, version)
);
CREATE INDEX assessment_score_person ON assessment_score (person_id, assessed_on);

-- Each member's income situation as recorded at the intake (income and benefit category).
CREATE TABLE intake_member_income (
  intake_id     uuid NOT NULL REFERENCES intake(id),
  person_id     uuid NOT NULL REFERENCES person(id),
  income_source text NOT NULL CHECK (income_source IN ('wages', 'benefit', 'pension', 'self_employed', 'student_finance', 'none', 'other')),
  benefit       text,
  seeks_work    boolean,
  low_income    boolean NOT NULL,
  category      text NOT NULL DEFAULT 'income_benefit' REFERENCES data_category(id),
  PRIMARY KEY (intake_id, person_id)
);
