#pragma once

class CommandRegistry;

// Rebuilds every bookings command (volunteers, availability, bookings, waiting list, hours, events) from its
// outbox payload: the person's inputs are read back, the ids come from the replay.
void registerBookingCommands(CommandRegistry &registry);
