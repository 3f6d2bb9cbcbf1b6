-- Loans and the device register (docs/loans.md).

-- How the resident accepted the loan agreement: 'typed' (their name typed at the desk with the declaration
-- ticked, kept in signed_name) or 'paper' (a printed agreement of the same terms version, signed and kept at
-- the branch; the CLI records this when no --signed-name is given).
ALTER TABLE loans ADD COLUMN agreement TEXT NOT NULL DEFAULT 'typed' CHECK (agreement IN ('typed', 'paper'));

-- The status a device left in, so receiving it puts it back there: a device sent to the wiping station
-- while awaiting wipe must not arrive as available.
ALTER TABLE transfers ADD COLUMN sent_status TEXT NOT NULL DEFAULT 'available'
    CHECK (sent_status IN ('available', 'awaiting_wipe'));

-- Check-out asks "is this device kept for someone else?" on every scan.
CREATE INDEX reservations_offered_device ON reservations(offered_device_id) WHERE offered_device_id IS NOT NULL;
-- "Does this resident already wait for one?" and a resident's reservations.
CREATE INDEX reservations_resident ON reservations(resident_id, status);
-- The open transfer of a device.
CREATE INDEX transfers_open ON transfers(device_id) WHERE received_at IS NULL;
-- Which device holds this SIM; the SIMs and vouchers issued to a resident.
CREATE INDEX devices_sim ON devices(sim_id) WHERE sim_id IS NOT NULL;
CREATE INDEX data_offers_sim ON data_offers(sim_id);
