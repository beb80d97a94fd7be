-- Dossier, part 4: contact details and the household's informal network
-- (informele sociale kaart): people and organisations around the household and what they can do.

CREATE TABLE contact_detail (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES household(id),
  person_id     uuid REFERENCES person(id),
  kind          text NOT NULL CHECK (kind IN ('phone', 'email', 'postal', 'other')),
  value         text NOT NULL,
  note          text,
  category      text NOT NULL DEFAULT 'social' REFERENCES data_category(id),
  added_by      uuid NOT NULL REFERENCES app_user(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  removed_at    timestamptz
);
CREATE INDEX contact_detail_household ON contact_detail (household_id) WHERE removed_at IS NULL;

CREATE TABLE network_member (
  id            uuid PRIMARY KEY,
  household_id  uuid NOT NULL REFERENCES household(id),
  kind          text NOT NULL CHECK (kind IN ('person', 'organisation')),
  name          text NOT NULL,
  relation      text NOT NULL CHECK (relation IN ('family', 'partner', 'friend', 'neighbour', 'volunteer', 'informal_carer', 'church_or_association', 'professional_organisation', 'other')),
  can_help_with text,
  contact       text,
  category      text NOT NULL DEFAULT 'social' REFERENCES data_category(id),
  added_by      uuid NOT NULL REFERENCES app_user(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  removed_at    timestamptz
);
CREATE INDEX network_member_household ON network_member (household_id) WHERE removed_at IS NULL;
