#pragma once

class CommandRegistry;

// user.create, rebuilt from its outbox payload (see CommandRegistry).
void registerUserCommands(CommandRegistry &registry);
