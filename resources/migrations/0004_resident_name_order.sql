-- Resident search in name order without sorting every hit: a partial index over the people a search can
-- show, in the order results are listed. Short queries walk it from a surname prefix and stop at 50.
CREATE INDEX residents_name_order ON residents(family_name COLLATE NOCASE, given_name COLLATE NOCASE)
    WHERE deleted = 0 AND anonymised = 0;
