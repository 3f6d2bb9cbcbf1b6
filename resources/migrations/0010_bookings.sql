-- TechMates bookings (docs/bookings.md): what the booking rules need beyond schema 1.

-- A booking keeps the buffers of the availability it was booked into (travel before and after a home visit), so
-- the double-booking check needs nothing but booking rows and gives the same answer on every desk and the server.
ALTER TABLE bookings ADD COLUMN buffer_before INTEGER NOT NULL DEFAULT 0 CHECK (buffer_before >= 0);
ALTER TABLE bookings ADD COLUMN buffer_after INTEGER NOT NULL DEFAULT 0 CHECK (buffer_after >= 0);
ALTER TABLE bookings ADD COLUMN waitlist_id TEXT REFERENCES booking_waitlist(id) DEFERRABLE INITIALLY DEFERRED;

-- The waiting list: what the resident needs, and the freed slot offered to them.
ALTER TABLE booking_waitlist ADD COLUMN need_text TEXT NOT NULL DEFAULT '';
ALTER TABLE booking_waitlist ADD COLUMN offered_volunteer_id TEXT REFERENCES volunteers(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE booking_waitlist ADD COLUMN offered_starts_at TEXT;
ALTER TABLE booking_waitlist ADD COLUMN offered_minutes INTEGER;
ALTER TABLE booking_waitlist ADD COLUMN offered_branch_id TEXT REFERENCES branches(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE booking_waitlist ADD COLUMN offered_at TEXT;
ALTER TABLE booking_waitlist ADD COLUMN booking_id TEXT REFERENCES bookings(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE booking_waitlist ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';

-- Manual hours say what they were for; event hours name their event, so recording a headcount twice logs once.
ALTER TABLE volunteer_hours ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteer_hours ADD COLUMN event_id TEXT REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE volunteer_hours ADD COLUMN decided_at TEXT;

-- Who recorded an event's headcount, and when.
ALTER TABLE events ADD COLUMN recorded_at TEXT;

CREATE INDEX booking_waitlist_queue ON booking_waitlist(status, requested_at);
CREATE INDEX booking_waitlist_resident ON booking_waitlist(resident_id, status);
CREATE INDEX availability_exceptions_volunteer ON availability_exceptions(volunteer_id, from_date);
CREATE INDEX volunteer_hours_volunteer ON volunteer_hours(volunteer_id, worked_on);
CREATE INDEX volunteer_hours_status ON volunteer_hours(status);
CREATE INDEX event_volunteers_volunteer ON event_volunteers(volunteer_id);
CREATE INDEX events_start ON events(starts_at);

-- Days before a DBS re-check falls due when the desk warns (most urgent last); days of recent work that the
-- fair-share ordering of proposed volunteers looks back over.
INSERT INTO settings(key, value, updated_at) VALUES
    ('dbs_alert_days', '60,30,7', '2026-01-01T00:00:00.000Z'),
    ('fair_share_days', '28', '2026-01-01T00:00:00.000Z');
