-- The instrument catalogue (*menukaart*) of a municipality: the instruments and provisions a
-- professional can deploy, with target group, entry criteria as data, provider, cost,
-- duration, capacity or waiting list and how to request them. No personal data: the finder
-- evaluates the criteria against a resident's data through the access layer and stores nothing.

CREATE TABLE catalogue_instrument (
  id                        uuid PRIMARY KEY,
  municipality_id           uuid NOT NULL REFERENCES municipality(id),
  key                       text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9_-]{0,59}$'),   -- stable across import and export
  name                      text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description               text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  kind                      text NOT NULL CHECK (kind IN ('work_trajectory', 'participation_place', 'coaching', 'debt_help', 'care_health', 'mobility', 'education', 'subsidy', 'other')),
  law                       text NOT NULL CHECK (law IN ('participatiewet', 'wmo', 'jeugdwet', 'wgs', 'other')),
  provider_name             text NOT NULL CHECK (length(provider_name) BETWEEN 1 AND 200),
  provider_organisation_id  uuid REFERENCES organisation(id),
  provider_url              text CHECK (length(provider_url) <= 500),
  cost_unit                 text NOT NULL CHECK (cost_unit IN ('free', 'per_trajectory', 'per_month', 'per_hour')),
  cost_cents                integer CHECK (cost_cents BETWEEN 0 AND 100000000),
  duration_weeks            integer CHECK (duration_weeks BETWEEN 1 AND 520),
  capacity                  integer CHECK (capacity BETWEEN 0 AND 100000),   -- places in all
  waiting_count             integer CHECK (waiting_count BETWEEN 0 AND 100000),   -- people waiting now
  waiting_weeks             integer CHECK (waiting_weeks BETWEEN 0 AND 520),   -- expected wait for a new request
  how_to_request            text NOT NULL CHECK (length(how_to_request) BETWEEN 1 AND 2000),
  decided_by                text NOT NULL CHECK (length(decided_by) BETWEEN 1 AND 200),
  target_group              text NOT NULL DEFAULT '' CHECK (length(target_group) <= 1000),   -- who it is for, in words
  criteria                  jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(criteria) = 'array'),   -- src/catalogue/criteria.ts; all must hold
  valid_from                date NOT NULL,
  valid_until               date,
  created_by                uuid NOT NULL REFERENCES app_user(id),
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_by                uuid NOT NULL REFERENCES app_user(id),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  UNIQUE (municipality_id, key),
  CHECK (valid_until IS NULL OR valid_until >= valid_from),
  CHECK ((cost_unit = 'free') = (cost_cents IS NULL))
);
CREATE INDEX catalogue_instrument_current ON catalogue_instrument (municipality_id, valid_from);
