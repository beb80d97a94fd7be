-- Person search filters on "currently a member of a household with an open case of my team".
-- A covering index lets the planner probe memberships per candidate person (index-only)
-- instead of hashing every membership row (measured on 100k persons: search p95 45 → 23 ms).
CREATE INDEX household_member_person_current ON household_member (person_id) INCLUDE (household_id, valid_from, valid_until);
DROP INDEX household_member_person;
