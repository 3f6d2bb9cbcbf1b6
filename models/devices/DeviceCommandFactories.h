#pragma once

class CommandRegistry;

// The register's commands (device types, devices, the CSV import, repair, loss, retirement and
// transfers), rebuilt from their outbox payloads (see CommandRegistry).
void registerDeviceCommands(CommandRegistry &registry);
