-- Consent and the resident's restrictions record what the resident said. Once written they are
-- not changed: only the withdrawal (or the end) is added, once, with who did it. Retention may
-- still delete a record whole.
ALTER TABLE consent
  ADD CONSTRAINT consent_withdrawal_complete CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL)),
  ADD CONSTRAINT consent_withdrawal_note_needs_withdrawal CHECK (withdrawal_note IS NULL OR withdrawn_at IS NOT NULL);
ALTER TABLE sharing_restriction
  ADD CONSTRAINT sharing_restriction_end_complete CHECK ((ended_at IS NULL) = (ended_by IS NULL));

CREATE FUNCTION only_closing_once() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  closing text[] := ARRAY(SELECT unnest(TG_ARGV));
BEGIN
  IF to_jsonb(OLD) ->> closing[1] IS NOT NULL OR (to_jsonb(NEW) - closing) IS DISTINCT FROM (to_jsonb(OLD) - closing) THEN
    RAISE EXCEPTION '% is a record: once written, only % can be set, once', TG_TABLE_NAME, array_to_string(closing, ', ') USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER consent_only_withdrawn BEFORE UPDATE ON consent
  FOR EACH ROW EXECUTE FUNCTION only_closing_once('withdrawn_at', 'withdrawn_by', 'withdrawal_note');
CREATE TRIGGER sharing_restriction_only_ended BEFORE UPDATE ON sharing_restriction
  FOR EACH ROW EXECUTE FUNCTION only_closing_once('ended_at', 'ended_by');
