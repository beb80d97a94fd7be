-- Dossier, part 3: one plan per household (ondersteuningsplan / plan van aanpak), with
-- versions, the resident's agreement per version, and a revision number per draft so two
-- people editing at once never overwrite each other.

CREATE TABLE plan (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL UNIQUE REFERENCES household(id),   -- one plan per household
  created_by    uuid NOT NULL REFERENCES app_user(id),
  created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE plan_version (
  id            uuid PRIMARY KEY,
  plan_id       uuid NOT NULL REFERENCES plan(id),
  number        integer NOT NULL,
  status        text NOT NULL CHECK (status IN ('draft', 'agreed', 'superseded')),
  content       jsonb NOT NULL,        -- situation, goals, actions, services, obligations, evaluation dates; every item has a data category
  revision      integer NOT NULL DEFAULT 1,
  updated_by    uuid NOT NULL REFERENCES app_user(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, number)
);

CREATE TABLE plan_agreement (
  id               uuid PRIMARY KEY,
  plan_version_id  uuid NOT NULL REFERENCES plan_version(id),
  person_id        uuid NOT NULL REFERENCES person(id),
  agreed_on        date NOT NULL,
  form             text NOT NULL CHECK (form IN ('signed_on_paper', 'signed_digitally', 'agreed_verbally')),
  witnessed_by     text,               -- for a verbal agreement: who heard it
  recorded_by      uuid NOT NULL REFERENCES app_user(id),
  recorded_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_version_id, person_id),
  CHECK (form <> 'agreed_verbally' OR witnessed_by IS NOT NULL)
);
