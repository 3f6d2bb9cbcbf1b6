#pragma once

class CommandRegistry;

// Rebuilds the iDEA badge commands from their payloads (the replay contract, docs/skills.md).
void registerSkillsCommands(CommandRegistry &registry);
