#pragma once

class CommandRegistry;

// Rebuilds the accredited-training commands from their payloads (the replay contract, docs/training.md).
void registerTrainingCommands(CommandRegistry &registry);
