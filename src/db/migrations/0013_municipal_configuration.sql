-- A municipality's organisation model as configuration, in versions with a validity date.
-- The JSON follows src/configuration/configuration-schema.ts. Later parts record the id of the
-- version a decision was made under, so a version in force is never changed or removed.

CREATE TABLE municipal_configuration (
  id               uuid PRIMARY KEY,
  municipality_id  uuid NOT NULL REFERENCES municipality(id),
  valid_from       date NOT NULL,
  configuration    jsonb NOT NULL,
  note             text CHECK (length(note) <= 2000),
  created_by       uuid NOT NULL REFERENCES app_user(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_by       uuid REFERENCES app_user(id),   -- a future version may be replaced until it is in force
  updated_at       timestamptz,
  applied_at       timestamptz,                    -- when its teams and category rules were synced
  UNIQUE (municipality_id, valid_from)
);

-- A version in force (valid_from today or earlier) keeps its content; only applied_at may change.
CREATE FUNCTION municipal_configuration_keep_in_force() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.valid_from <= current_date AND (TG_OP = 'DELETE'
      OR (to_jsonb(NEW) - 'applied_at') IS DISTINCT FROM (to_jsonb(OLD) - 'applied_at')) THEN
    RAISE EXCEPTION 'municipal_configuration %: a version in force is not changed or removed (% refused)', OLD.id, TG_OP
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER municipal_configuration_in_force
  BEFORE UPDATE OR DELETE ON municipal_configuration
  FOR EACH ROW EXECUTE FUNCTION municipal_configuration_keep_in_force();

-- Which team a configuration's team key stands for, so renaming a team keeps its history.
CREATE TABLE municipal_configuration_team (
  municipality_id  uuid NOT NULL REFERENCES municipality(id),
  team_key         text NOT NULL,
  team_id          uuid NOT NULL UNIQUE REFERENCES team(id),
  PRIMARY KEY (municipality_id, team_key)
);
