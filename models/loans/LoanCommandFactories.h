#pragma once

class CommandRegistry;

// Circulation (check-out, check-in, renew, wipe, reservations), SIMs and data offers, the loan rules and
// the loan terms, rebuilt from their outbox payloads (see CommandRegistry).
void registerLoanCommands(CommandRegistry &registry);
