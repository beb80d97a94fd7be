-- The register said 12 months for sign-in data, while the hourly clean-up removes ended
-- sessions after 90 days: the register now states what Samenspel does. (The processing
-- log's sign-in entries are kept with the log itself; they hold internal ids only.)
UPDATE processing_activity SET retention_months = 3, retention_from = 'recorded', updated_at = now()
  WHERE id = 'authentication' AND retention_months = 12;
