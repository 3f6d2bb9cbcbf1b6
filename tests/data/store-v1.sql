-- A store as TechMates Desk schema 1 wrote it (frozen copy of migration 0001 plus a little data).
-- Used by StoreTest to prove an older store migrates forward with its data intact.
PRAGMA application_id = 1414349907;
BEGIN;
-- TechMates Desk store, schema 1.
--
-- Conventions (see docs/store.md):
--  * Every synced record has a client-generated UUID `id`, a `version` bumped on each change,
--    an `updated_at` UTC timestamp, an `hlc` hybrid-logical-clock stamp for last-writer-wins
--    merging, and `deleted` as a tombstone flag (people are anonymised instead of deleted).
--  * Dates are ISO 8601 text: 'YYYY-MM-DD' for days, 'YYYY-MM-DDTHH:MM:SS.zzzZ' (UTC) for instants.
--  * Money is integer pence; durations are integer minutes or days as named.
--  * Foreign keys are DEFERRABLE INITIALLY DEFERRED so a pulled page of changes can arrive in any
--    order inside its one transaction.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE branches (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('library', 'partner')),
    address    TEXT NOT NULL DEFAULT '',
    postcode   TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE residents (
    id                    TEXT PRIMARY KEY,
    card                  TEXT NOT NULL UNIQUE,
    given_name            TEXT NOT NULL,
    family_name           TEXT NOT NULL,
    date_of_birth         TEXT,
    phone                 TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    address               TEXT NOT NULL DEFAULT '',
    postcode              TEXT NOT NULL DEFAULT '',
    preferred_language    TEXT NOT NULL DEFAULT 'en',
    home_branch_id        TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    borrower_category     TEXT NOT NULL DEFAULT 'standard',
    eligibility_criterion TEXT NOT NULL DEFAULT '',
    referral_org          TEXT NOT NULL DEFAULT '',
    consent_phone         INTEGER NOT NULL DEFAULT 0,
    consent_sms           INTEGER NOT NULL DEFAULT 0,
    consent_email         INTEGER NOT NULL DEFAULT 0,
    consent_post          INTEGER NOT NULL DEFAULT 0,
    notes                 TEXT NOT NULL DEFAULT '',
    anonymised            INTEGER NOT NULL DEFAULT 0,
    -- Lower-cased, accent- and punctuation-folded name, card, phone digits and postcode,
    -- written by the core (ResidentSearchText) and indexed by residents_fts below.
    search_text           TEXT NOT NULL DEFAULT '',
    created_at            TEXT NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    updated_at            TEXT NOT NULL,
    hlc                   TEXT NOT NULL DEFAULT '',
    deleted               INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX residents_family_name ON residents(family_name COLLATE NOCASE);
CREATE INDEX residents_postcode ON residents(postcode);

-- Substring search over search_text: the trigram tokenizer answers "any part of" queries from the index.
CREATE VIRTUAL TABLE residents_fts USING fts5(
    search_text, content='residents', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER residents_fts_insert AFTER INSERT ON residents BEGIN
    INSERT INTO residents_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER residents_fts_delete AFTER DELETE ON residents BEGIN
    INSERT INTO residents_fts(residents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
CREATE TRIGGER residents_fts_update AFTER UPDATE OF search_text ON residents BEGIN
    INSERT INTO residents_fts(residents_fts, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
    INSERT INTO residents_fts(rowid, search_text) VALUES (new.rowid, new.search_text);
END;

CREATE TABLE volunteers (
    id                   TEXT PRIMARY KEY,
    given_name           TEXT NOT NULL,
    family_name          TEXT NOT NULL,
    email                TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    languages            TEXT NOT NULL DEFAULT 'en',      -- comma-separated ISO 639-1 codes
    skills               TEXT NOT NULL DEFAULT '',        -- comma-separated Essential Digital Skills areas
    channels             TEXT NOT NULL DEFAULT '',        -- comma-separated: phone,video,library,home,events
    home_branch_id       TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    status               TEXT NOT NULL DEFAULT 'applicant'
                         CHECK (status IN ('applicant', 'active', 'paused', 'left')),
    dbs_certificate      TEXT NOT NULL DEFAULT '',
    dbs_issued_on        TEXT,
    dbs_update_service   INTEGER NOT NULL DEFAULT 0,
    dbs_recheck_due      TEXT,
    max_minutes_per_week INTEGER NOT NULL DEFAULT 600,
    anonymised           INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL,
    version              INTEGER NOT NULL DEFAULT 1,
    updated_at           TEXT NOT NULL,
    hlc                  TEXT NOT NULL DEFAULT '',
    deleted              INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id             TEXT PRIMARY KEY,
    username       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name   TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('admin', 'coordinator', 'librarian', 'volunteer')),
    password_hash  TEXT NOT NULL,
    branch_id      TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    volunteer_id   TEXT REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    grants         TEXT NOT NULL DEFAULT '',   -- comma-separated extra permissions, e.g. loan.override
    active         INTEGER NOT NULL DEFAULT 1,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    hlc            TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
);

-- Local only: sign-in throttling state never leaves the desk.
CREATE TABLE sign_in_throttle (
    username        TEXT PRIMARY KEY COLLATE NOCASE,
    failures        INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    last_failure_at TEXT
) WITHOUT ROWID;

CREATE TABLE device_types (
    id                     TEXT PRIMARY KEY,
    code                   TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    category               TEXT NOT NULL CHECK (category IN ('tablet', 'laptop', 'chromebook', 'mifi', 'phone', 'other')),
    kit_contents           TEXT NOT NULL DEFAULT '',      -- comma-separated, e.g. charger,case,cable
    replacement_cost_pence INTEGER NOT NULL DEFAULT 0,
    version                INTEGER NOT NULL DEFAULT 1,
    updated_at             TEXT NOT NULL,
    hlc                    TEXT NOT NULL DEFAULT '',
    deleted                INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sims (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('sim', 'voucher')),
    iccid          TEXT UNIQUE,
    voucher_code   TEXT UNIQUE,
    network        TEXT NOT NULL,
    gb_per_month   INTEGER NOT NULL,
    months         INTEGER NOT NULL,
    branch_id      TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    status         TEXT NOT NULL DEFAULT 'in_stock' CHECK (status IN ('in_stock', 'issued', 'in_device', 'expired', 'void')),
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    hlc            TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0,
    CHECK ((kind = 'sim' AND iccid IS NOT NULL) OR (kind = 'voucher' AND voucher_code IS NOT NULL))
);

CREATE TABLE devices (
    id           TEXT PRIMARY KEY,
    tag          TEXT NOT NULL UNIQUE,
    type_id      TEXT NOT NULL REFERENCES device_types(id) DEFERRABLE INITIALLY DEFERRED,
    serial       TEXT NOT NULL DEFAULT '',
    make         TEXT NOT NULL DEFAULT '',
    model        TEXT NOT NULL DEFAULT '',
    branch_id    TEXT NOT NULL REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    status       TEXT NOT NULL DEFAULT 'available'
                 CHECK (status IN ('available', 'on_loan', 'awaiting_wipe', 'in_repair', 'in_transit', 'lost', 'retired')),
    sim_id       TEXT REFERENCES sims(id) DEFERRABLE INITIALLY DEFERRED,   -- a MiFi's SIM travels with it
    acquired_on  TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX devices_status ON devices(status, branch_id);
CREATE INDEX devices_type ON devices(type_id);

CREATE TABLE data_offers (
    id           TEXT PRIMARY KEY,
    sim_id       TEXT NOT NULL REFERENCES sims(id) DEFERRABLE INITIALLY DEFERRED,
    resident_id  TEXT NOT NULL REFERENCES residents(id) DEFERRABLE INITIALLY DEFERRED,
    branch_id    TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    issued_on    TEXT NOT NULL,
    activated_on TEXT,
    expires_on   TEXT,
    issued_by    TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX data_offers_resident ON data_offers(resident_id);
CREATE INDEX data_offers_expires ON data_offers(expires_on);

-- The loan rules matrix. NULL device type or branch means "any"; the most specific row wins.
CREATE TABLE loan_rules (
    id                TEXT PRIMARY KEY,
    borrower_category TEXT NOT NULL DEFAULT 'standard',
    device_type_id    TEXT REFERENCES device_types(id) DEFERRABLE INITIALLY DEFERRED,
    branch_id         TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    loan_days         INTEGER NOT NULL CHECK (loan_days > 0),
    max_renewals      INTEGER NOT NULL DEFAULT 0 CHECK (max_renewals >= 0),
    max_active_loans  INTEGER NOT NULL DEFAULT 1 CHECK (max_active_loans > 0),
    hard_end_date     TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    updated_at        TEXT NOT NULL,
    hlc               TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE loan_terms (
    id             TEXT PRIMARY KEY,
    terms_version  INTEGER NOT NULL UNIQUE,
    body           TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    hlc            TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE loans (
    id                 TEXT PRIMARY KEY,
    device_id          TEXT NOT NULL REFERENCES devices(id) DEFERRABLE INITIALLY DEFERRED,
    resident_id        TEXT NOT NULL REFERENCES residents(id) DEFERRABLE INITIALLY DEFERRED,
    branch_id          TEXT NOT NULL REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    status             TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'returned', 'lost', 'closed')),
    checked_out_at     TEXT NOT NULL,
    due_on             TEXT NOT NULL,
    renewals           INTEGER NOT NULL DEFAULT 0,
    returned_at        TEXT,
    condition_in       TEXT CHECK (condition_in IS NULL OR condition_in IN ('good', 'damaged')),
    kit_out            TEXT NOT NULL DEFAULT '',
    kit_in             TEXT NOT NULL DEFAULT '',
    data_removed       INTEGER NOT NULL DEFAULT 0,
    terms_id           TEXT REFERENCES loan_terms(id) DEFERRABLE INITIALLY DEFERRED,
    signed_name        TEXT NOT NULL DEFAULT '',
    override_reason    TEXT NOT NULL DEFAULT '',
    close_reason       TEXT NOT NULL DEFAULT '',
    checked_out_by     TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    checked_in_by      TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    version            INTEGER NOT NULL DEFAULT 1,
    updated_at         TEXT NOT NULL,
    hlc                TEXT NOT NULL DEFAULT '',
    deleted            INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX loans_device ON loans(device_id, status);
CREATE INDEX loans_resident ON loans(resident_id, status);
CREATE INDEX loans_status_due ON loans(status, due_on);
CREATE INDEX loans_checked_out ON loans(checked_out_at);

CREATE TABLE reservations (
    id                TEXT PRIMARY KEY,
    resident_id       TEXT NOT NULL REFERENCES residents(id) DEFERRABLE INITIALLY DEFERRED,
    device_type_id    TEXT NOT NULL REFERENCES device_types(id) DEFERRABLE INITIALLY DEFERRED,
    branch_id         TEXT NOT NULL REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    requested_at      TEXT NOT NULL,
    status            TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'fulfilled', 'cancelled')),
    offered_device_id TEXT REFERENCES devices(id) DEFERRABLE INITIALLY DEFERRED,
    offered_at        TEXT,
    version           INTEGER NOT NULL DEFAULT 1,
    updated_at        TEXT NOT NULL,
    hlc               TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reservations_queue ON reservations(device_type_id, branch_id, status, requested_at);

CREATE TABLE transfers (
    id             TEXT PRIMARY KEY,
    device_id      TEXT NOT NULL REFERENCES devices(id) DEFERRABLE INITIALLY DEFERRED,
    from_branch_id TEXT NOT NULL REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    to_branch_id   TEXT NOT NULL REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    sent_at        TEXT NOT NULL,
    received_at    TEXT,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    hlc            TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE wipe_records (
    id         TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL REFERENCES devices(id) DEFERRABLE INITIALLY DEFERRED,
    loan_id    TEXT REFERENCES loans(id) DEFERRABLE INITIALLY DEFERRED,
    method     TEXT NOT NULL,
    tool       TEXT NOT NULL DEFAULT '',
    report_id  TEXT NOT NULL DEFAULT '',
    wiped_by   TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    wiped_at   TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX wipe_records_device ON wipe_records(device_id);

CREATE TABLE availability (
    id             TEXT PRIMARY KEY,
    volunteer_id   TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    weekday        INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),    -- ISO: 1 = Monday
    start_minute   INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute     INTEGER NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    channel        TEXT NOT NULL CHECK (channel IN ('phone', 'video', 'library', 'home', 'events')),
    branch_id      TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    valid_from     TEXT,
    valid_to       TEXT,
    slot_minutes   INTEGER NOT NULL DEFAULT 60,
    buffer_before  INTEGER NOT NULL DEFAULT 0,
    buffer_after   INTEGER NOT NULL DEFAULT 0,
    min_notice_hours INTEGER NOT NULL DEFAULT 24,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    hlc            TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0,
    CHECK (end_minute > start_minute)
);
CREATE INDEX availability_volunteer ON availability(volunteer_id, weekday);

CREATE TABLE availability_exceptions (
    id           TEXT PRIMARY KEY,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    from_date    TEXT NOT NULL,
    to_date      TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE bookings (
    id                TEXT PRIMARY KEY,
    volunteer_id      TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    resident_id       TEXT NOT NULL REFERENCES residents(id) DEFERRABLE INITIALLY DEFERRED,
    branch_id         TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    channel           TEXT NOT NULL CHECK (channel IN ('phone', 'video', 'library', 'home')),
    starts_at         TEXT NOT NULL,
    minutes           INTEGER NOT NULL CHECK (minutes > 0),
    need_area         TEXT NOT NULL DEFAULT '',
    need_text         TEXT NOT NULL DEFAULT '',
    status            TEXT NOT NULL DEFAULT 'requested'
                      CHECK (status IN ('requested', 'confirmed', 'attended', 'resident_no_show', 'volunteer_no_show', 'cancelled')),
    cancel_reason     TEXT NOT NULL DEFAULT '',
    skills_covered    TEXT NOT NULL DEFAULT '',
    tasks_achieved    TEXT NOT NULL DEFAULT '',
    confidence_before INTEGER CHECK (confidence_before IS NULL OR confidence_before BETWEEN 1 AND 5),
    confidence_after  INTEGER CHECK (confidence_after IS NULL OR confidence_after BETWEEN 1 AND 5),
    referrals         TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    loan_id           TEXT REFERENCES loans(id) DEFERRABLE INITIALLY DEFERRED,
    booked_by         TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    version           INTEGER NOT NULL DEFAULT 1,
    updated_at        TEXT NOT NULL,
    hlc               TEXT NOT NULL DEFAULT '',
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bookings_volunteer_start ON bookings(volunteer_id, starts_at);
CREATE INDEX bookings_resident_start ON bookings(resident_id, starts_at);
CREATE INDEX bookings_start ON bookings(starts_at);

CREATE TABLE booking_waitlist (
    id           TEXT PRIMARY KEY,
    resident_id  TEXT NOT NULL REFERENCES residents(id) DEFERRABLE INITIALLY DEFERRED,
    channel      TEXT NOT NULL,
    branch_id    TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    need_area    TEXT NOT NULL DEFAULT '',
    requested_at TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'offered', 'booked', 'cancelled')),
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE volunteer_hours (
    id           TEXT PRIMARY KEY,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    worked_on    TEXT NOT NULL,
    minutes      INTEGER NOT NULL CHECK (minutes > 0),
    source       TEXT NOT NULL CHECK (source IN ('booking', 'event', 'manual')),
    booking_id   TEXT REFERENCES bookings(id) DEFERRABLE INITIALLY DEFERRED,
    status       TEXT NOT NULL DEFAULT 'approved' CHECK (status IN ('pending', 'approved', 'rejected')),
    approved_by  TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE events (
    id         TEXT PRIMARY KEY,
    branch_id  TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    title      TEXT NOT NULL,
    starts_at  TEXT NOT NULL,
    minutes    INTEGER NOT NULL DEFAULT 120,
    headcount  INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
    topics     TEXT NOT NULL DEFAULT '',
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE event_volunteers (
    id           TEXT PRIMARY KEY,
    event_id     TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (event_id, volunteer_id)
);

CREATE TABLE badge_catalogue (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL,
    points     INTEGER NOT NULL CHECK (points >= 0),
    active     INTEGER NOT NULL DEFAULT 1,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE award_levels (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    threshold  INTEGER NOT NULL CHECK (threshold > 0),
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

-- A learner is a resident, a volunteer or a member of staff (user).
CREATE TABLE badge_achievements (
    id            TEXT PRIMARY KEY,
    learner_kind  TEXT NOT NULL CHECK (learner_kind IN ('resident', 'volunteer', 'staff')),
    learner_id    TEXT NOT NULL,
    badge_id      TEXT NOT NULL REFERENCES badge_catalogue(id) DEFERRABLE INITIALLY DEFERRED,
    achieved_on   TEXT NOT NULL,
    branch_id     TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED,
    recorded_by   TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    supported_by  TEXT REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    source        TEXT NOT NULL DEFAULT 'desk' CHECK (source IN ('desk', 'import', 'sync')),
    revoked_at    TEXT,
    revoked_by    TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    revoke_reason TEXT NOT NULL DEFAULT '',
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL,
    hlc           TEXT NOT NULL DEFAULT '',
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX badge_achievements_once ON badge_achievements(learner_id, badge_id) WHERE revoked_at IS NULL;
CREATE INDEX badge_achievements_date ON badge_achievements(achieved_on);

CREATE TABLE training_units (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    level      TEXT NOT NULL DEFAULT '',
    unlocks    TEXT NOT NULL DEFAULT '',   -- comma-separated booking channels this unit unlocks, e.g. home
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE training_outcomes (
    id              TEXT PRIMARY KEY,
    unit_id         TEXT NOT NULL REFERENCES training_units(id) DEFERRABLE INITIALLY DEFERRED,
    seq             INTEGER NOT NULL,
    wording         TEXT NOT NULL,
    evidence_needed TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    hlc             TEXT NOT NULL DEFAULT '',
    deleted         INTEGER NOT NULL DEFAULT 0,
    UNIQUE (unit_id, seq)
);

CREATE TABLE pathways (
    id         TEXT PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE pathway_units (
    id         TEXT PRIMARY KEY,
    pathway_id TEXT NOT NULL REFERENCES pathways(id) DEFERRABLE INITIALLY DEFERRED,
    unit_id    TEXT NOT NULL REFERENCES training_units(id) DEFERRABLE INITIALLY DEFERRED,
    seq        INTEGER NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    hlc        TEXT NOT NULL DEFAULT '',
    deleted    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (pathway_id, unit_id)
);

CREATE TABLE enrolments (
    id           TEXT PRIMARY KEY,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    pathway_id   TEXT NOT NULL REFERENCES pathways(id) DEFERRABLE INITIALLY DEFERRED,
    enrolled_on  TEXT NOT NULL,
    graduated_on TEXT,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (volunteer_id, pathway_id)
);

CREATE TABLE evidence (
    id             TEXT PRIMARY KEY,
    volunteer_id   TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    outcome_id     TEXT NOT NULL REFERENCES training_outcomes(id) DEFERRABLE INITIALLY DEFERRED,
    kind           TEXT NOT NULL CHECK (kind IN ('observation', 'file', 'photo', 'note')),
    note           TEXT NOT NULL DEFAULT '',
    file_name      TEXT NOT NULL DEFAULT '',   -- relative to the store's evidence folder
    file_sha256    TEXT NOT NULL DEFAULT '',
    file_bytes     INTEGER NOT NULL DEFAULT 0,
    author_id      TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    created_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    hlc            TEXT NOT NULL DEFAULT '',
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX evidence_volunteer ON evidence(volunteer_id, outcome_id);

CREATE TABLE outcome_signoffs (
    id           TEXT PRIMARY KEY,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    outcome_id   TEXT NOT NULL REFERENCES training_outcomes(id) DEFERRABLE INITIALLY DEFERRED,
    assessor_id  TEXT NOT NULL REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    signed_at    TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (volunteer_id, outcome_id)
);

CREATE TABLE unit_achievements (
    id           TEXT PRIMARY KEY,
    volunteer_id TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    unit_id      TEXT NOT NULL REFERENCES training_units(id) DEFERRABLE INITIALLY DEFERRED,
    achieved_on  TEXT NOT NULL,
    verified_by  TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    hlc          TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (volunteer_id, unit_id)
);

CREATE TABLE claims (
    id              TEXT PRIMARY KEY,
    reference       TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted', 'certificated')),
    created_by      TEXT REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
    created_at      TEXT NOT NULL,
    submitted_at    TEXT,
    certificated_at TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    hlc             TEXT NOT NULL DEFAULT '',
    deleted         INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE claim_items (
    id                 TEXT PRIMARY KEY,
    claim_id           TEXT NOT NULL REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
    volunteer_id       TEXT NOT NULL REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED,
    unit_id            TEXT NOT NULL REFERENCES training_units(id) DEFERRABLE INITIALLY DEFERRED,
    certificate_number TEXT NOT NULL DEFAULT '',
    version            INTEGER NOT NULL DEFAULT 1,
    updated_at         TEXT NOT NULL,
    hlc                TEXT NOT NULL DEFAULT '',
    deleted            INTEGER NOT NULL DEFAULT 0,
    UNIQUE (claim_id, volunteer_id, unit_id)
);

-- Audit: append-only. Triggers refuse any change, so no command (or stray SQL) can rewrite history.
CREATE TABLE audit (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL,
    at         TEXT NOT NULL,
    user_id    TEXT,
    username   TEXT NOT NULL,
    desk_id    TEXT NOT NULL,
    command    TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    summary    TEXT NOT NULL,
    payload    TEXT NOT NULL
);
CREATE INDEX audit_entity ON audit(entity, entity_id);
CREATE INDEX audit_at ON audit(at);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be changed');
END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN
    SELECT RAISE(ABORT, 'audit rows cannot be deleted');
END;

-- Outbox: commands waiting to be pushed to the council back end, in order.
CREATE TABLE outbox (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id      TEXT NOT NULL UNIQUE,
    command    TEXT NOT NULL,
    payload    TEXT NOT NULL,
    hlc        TEXT NOT NULL,
    user_id    TEXT,
    created_at TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_conflicts (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    local       TEXT NOT NULL,
    remote      TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution  TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    hlc         TEXT NOT NULL DEFAULT '',
    deleted     INTEGER NOT NULL DEFAULT 0
);

INSERT INTO meta(key, value) VALUES ('desk_id', 'fixture1');
INSERT INTO branches(id, code, name, kind, postcode, updated_at)
    VALUES ('0b8d4f2e-1111-4a2b-9c3d-000000000001', 'NTH', 'Northfield Library', 'library', 'LS6 2AB', '2026-01-05T10:00:00.000Z');
INSERT INTO residents(id, card, given_name, family_name, phone, postcode, home_branch_id, search_text, created_at, updated_at)
    VALUES ('0b8d4f2e-2222-4a2b-9c3d-000000000001', '2000000001', 'Chidi', 'Okafor', '0113 496 0001', 'LS6 2AB',
            '0b8d4f2e-1111-4a2b-9c3d-000000000001', 'chidi okafor 2000000001 01134960001 ls62ab',
            '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z');
COMMIT;
PRAGMA user_version = 1;
