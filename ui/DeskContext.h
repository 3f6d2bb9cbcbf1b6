#pragma once

class Clock;
class CommandBus;
class SignInService;
class Store;
class SyncController;

// What the screens are handed by the composition root (app/desk) or a test: the open store, the clock,
// the one write path and sign-in. Screens never construct any of these themselves.
struct DeskContext {
    Store &store;
    const Clock &clock;
    CommandBus &bus;
    SignInService &signIn;
    SyncController *sync = nullptr; // the desk's sync engine (ui/sync); without it, no Sync tab
};
