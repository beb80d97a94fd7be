-- Work guidance (issue 5): the assessment of a person's distance to work, and the routing
-- proposal computed from it under the municipal configuration in force on the proposal's date
-- (its version is recorded), with the professional's decision: confirmed, or overridden with a
-- reason. All three are records: never changed once written (a new assessment is a new row);
-- retention and erasure delete them whole. Everything here is of the category work_participation.

CREATE TABLE work_assessment (
  id                      uuid PRIMARY KEY,
  person_id               uuid NOT NULL REFERENCES person(id),
  household_id            uuid NOT NULL REFERENCES household(id),   -- the household whose open case it was recorded in
  assessed_on             date NOT NULL,
  assessed_by             uuid NOT NULL REFERENCES app_user(id),
  distance                text NOT NULL CHECK (distance IN ('job_ready', 'bridgeable', 'unbridgeable')),
  ladder_step             integer CHECK (ladder_step BETWEEN 1 AND 6),
  ladder_source           text CHECK (ladder_source IN ('score', 'assessor')),
  classification          text,                                     -- key of a target group of the configuration in force
  classification_name     text,                                     -- its name then, so the record stays readable
  work_limitation         boolean,                                  -- the professional's answer; null: not answered
  expected_months_to_work integer CHECK (expected_months_to_work BETWEEN 1 AND 60),
  motivation              text NOT NULL CHECK (length(motivation) BETWEEN 1 AND 2000),
  category                text NOT NULL DEFAULT 'work_participation' REFERENCES data_category(id),
  recorded_at             timestamptz NOT NULL DEFAULT now(),
  CHECK ((ladder_step IS NULL) = (ladder_source IS NULL)),
  CHECK ((classification IS NULL) = (classification_name IS NULL))
);
CREATE INDEX work_assessment_person ON work_assessment (person_id, assessed_on DESC, recorded_at DESC);
CREATE INDEX work_assessment_household ON work_assessment (household_id);

-- route: the proposed route as shown (title in Dutch and English, the configuration's text,
-- team, group, note); reasons: the rule and the facts per step; alternatives: the model's other
-- routes, for an override. route_key NULL: the model makes no proposal (the reasons say why).
CREATE TABLE work_routing_proposal (
  id                 uuid PRIMARY KEY,
  person_id          uuid NOT NULL REFERENCES person(id),
  household_id       uuid NOT NULL REFERENCES household(id),
  assessment_id      uuid NOT NULL REFERENCES work_assessment(id),
  proposed_on        date NOT NULL,
  configuration_id   uuid REFERENCES municipal_configuration(id),   -- the version in force on proposed_on; NULL: none
  routing_kind       text NOT NULL,
  route_key          text,
  route              jsonb,
  reasons            jsonb NOT NULL,
  alternatives       jsonb NOT NULL DEFAULT '[]',
  category           text NOT NULL DEFAULT 'work_participation' REFERENCES data_category(id),
  created_by         uuid NOT NULL REFERENCES app_user(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK ((route_key IS NULL) = (route IS NULL))
);
CREATE INDEX work_routing_proposal_person ON work_routing_proposal (person_id, created_at DESC);
CREATE INDEX work_routing_proposal_assessment ON work_routing_proposal (assessment_id);
CREATE INDEX work_routing_proposal_household ON work_routing_proposal (household_id);
CREATE INDEX work_routing_proposal_configuration ON work_routing_proposal (configuration_id);

-- The professional's decision on a proposal, once: confirmed, or overridden with a reason
-- (and, if chosen, another route of the model).
CREATE TABLE work_routing_decision (
  proposal_id   uuid PRIMARY KEY REFERENCES work_routing_proposal(id),
  outcome       text NOT NULL CHECK (outcome IN ('confirmed', 'overridden')),
  route_key     text,
  route_title   jsonb,
  reason        text CHECK (length(reason) <= 2000),
  note          text CHECK (length(note) <= 2000),
  decided_by    uuid NOT NULL REFERENCES app_user(id),
  decided_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (outcome <> 'overridden' OR length(btrim(reason)) > 0),
  CHECK (outcome <> 'confirmed' OR (route_key IS NOT NULL AND reason IS NULL)),
  CHECK ((route_key IS NULL) = (route_title IS NULL))
);

CREATE FUNCTION work_guidance_written_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is a record: once written it is not changed (a new assessment or proposal is a new row)', TG_TABLE_NAME
    USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER work_assessment_written_once BEFORE UPDATE ON work_assessment
  FOR EACH ROW EXECUTE FUNCTION work_guidance_written_once();
CREATE TRIGGER work_routing_proposal_written_once BEFORE UPDATE ON work_routing_proposal
  FOR EACH ROW EXECUTE FUNCTION work_guidance_written_once();
CREATE TRIGGER work_routing_decision_written_once BEFORE UPDATE ON work_routing_decision
  FOR EACH ROW EXECUTE FUNCTION work_guidance_written_once();
