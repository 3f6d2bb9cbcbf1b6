-- Reference data every store starts with. Ids are fixed (UUID v5 of a name) so every desk and the
-- server seed identical rows and sync never sees two "Bronze" awards.

INSERT INTO award_levels(id, name, threshold, updated_at) VALUES
    ('4b0f3c52-5d1e-5d6a-9a57-2f2b7c1c0b01', 'Bronze', 250, '2026-01-01T00:00:00.000Z');

-- One rule for everyone until an admin refines the matrix: 8 weeks, 2 renewals, 1 device at a time.
INSERT INTO loan_rules(id, borrower_category, loan_days, max_renewals, max_active_loans, updated_at) VALUES
    ('4b0f3c52-5d1e-5d6a-9a57-2f2b7c1c0b02', 'standard', 56, 2, 1, '2026-01-01T00:00:00.000Z');

INSERT INTO loan_terms(id, terms_version, body, effective_from, updated_at) VALUES
    ('4b0f3c52-5d1e-5d6a-9a57-2f2b7c1c0b03', 1,
     'I agree to look after this device and its kit, to use it lawfully, to return it by the due date or when '
     || 'asked, and to remove my personal data before I return it. I understand the library will wipe the device '
     || 'when it comes back. If it is lost or damaged through my neglect I may be asked to contribute to its '
     || 'replacement. Data allowances are for my own use and end on the date shown.',
     '2026-01-01', '2026-01-01T00:00:00.000Z');

INSERT INTO settings(key, value, updated_at) VALUES
    ('repeat_borrower_loans', '3', '2026-01-01T00:00:00.000Z'),
    ('repeat_borrower_months', '12', '2026-01-01T00:00:00.000Z'),
    ('dbs_recheck_years', '3', '2026-01-01T00:00:00.000Z'),
    ('dbs_blocks_all_sessions', '0', '2026-01-01T00:00:00.000Z'),
    ('graduate_target', '500', '2026-01-01T00:00:00.000Z'),
    ('badge_target', '26000', '2026-01-01T00:00:00.000Z');
