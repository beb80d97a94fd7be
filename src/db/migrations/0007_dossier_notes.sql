-- Dossier, part 5: free notes. A note is written once and never changed or removed: a
-- correction is a new note, so the dossier keeps what was known when. The tables are owned
-- by the application's role (it runs the migrations), which may read and add, not rewrite.

CREATE TABLE dossier_note (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES household(id),
  case_file_id  uuid REFERENCES case_file(id),
  text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 10000),
  category      text NOT NULL REFERENCES data_category(id),
  written_by    uuid NOT NULL REFERENCES app_user(id),
  written_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX dossier_note_household ON dossier_note (household_id, written_at DESC);

-- The household members a note is about; none: the household as a whole.
CREATE TABLE dossier_note_person (
  note_id    uuid NOT NULL REFERENCES dossier_note(id),
  person_id  uuid NOT NULL REFERENCES person(id),
  PRIMARY KEY (note_id, person_id)
);
CREATE INDEX dossier_note_person_person ON dossier_note_person (person_id);

CREATE FUNCTION dossier_note_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'dossier notes are never changed or removed: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER dossier_note_written_once
  BEFORE UPDATE OR DELETE ON dossier_note
  FOR EACH ROW EXECUTE FUNCTION dossier_note_refuse_change();
CREATE TRIGGER dossier_note_person_written_once
  BEFORE UPDATE OR DELETE ON dossier_note_person
  FOR EACH ROW EXECUTE FUNCTION dossier_note_refuse_change();
CREATE TRIGGER dossier_note_no_truncate
  BEFORE TRUNCATE ON dossier_note
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_note_refuse_change();
CREATE TRIGGER dossier_note_person_no_truncate
  BEFORE TRUNCATE ON dossier_note_person
  FOR EACH STATEMENT EXECUTE FUNCTION dossier_note_refuse_change();

-- UPDATE stays granted on dossier_note (the trigger refuses it): the foreign key check from
-- dossier_note_person locks the note FOR KEY SHARE, which needs that privilege.
REVOKE DELETE, TRUNCATE ON dossier_note FROM PUBLIC, CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON dossier_note_person FROM PUBLIC, CURRENT_USER;
