-- Privacy, part 2: every version of the processing register and of the category rules is kept,
-- with who changed it and when. An activity is never removed (the processing log and the
-- category rules name it); one that is no longer carried out gets an end date.

ALTER TABLE processing_activity ADD COLUMN ended_on date;

CREATE TABLE processing_activity_history (
  id                      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  processing_activity_id  text NOT NULL REFERENCES processing_activity(id),
  changed_by              uuid NOT NULL REFERENCES app_user(id),
  changed_at              timestamptz NOT NULL DEFAULT now(),
  old_row                 jsonb,          -- null when the activity was added
  new_row                 jsonb NOT NULL
);
CREATE INDEX processing_activity_history_activity ON processing_activity_history (processing_activity_id, id);

CREATE TABLE category_rule_history (
  id                 integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  professional_role  text NOT NULL REFERENCES professional_role(id),
  category           text NOT NULL REFERENCES data_category(id),
  changed_by         uuid NOT NULL REFERENCES app_user(id),
  changed_at         timestamptz NOT NULL DEFAULT now(),
  old_row            jsonb,               -- null when the rule was added
  new_row            jsonb,               -- null when the rule was removed
  CHECK (num_nonnulls(old_row, new_row) >= 1)
);
CREATE INDEX category_rule_history_role ON category_rule_history (professional_role, id);

-- History is written once, like the processing log.
CREATE FUNCTION register_history_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER processing_activity_history_append_only
  BEFORE UPDATE OR DELETE ON processing_activity_history
  FOR EACH ROW EXECUTE FUNCTION register_history_refuse_change();
CREATE TRIGGER category_rule_history_append_only
  BEFORE UPDATE OR DELETE ON category_rule_history
  FOR EACH ROW EXECUTE FUNCTION register_history_refuse_change();
