#pragma once

class CommandRegistry;

// resident.add and resident.edit, rebuilt from their outbox payloads (see CommandRegistry).
void registerResidentCommands(CommandRegistry &registry);
