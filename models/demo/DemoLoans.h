#pragma once

class DemoContext;

// Each device's life: a run of past loans (each returned loan then wiped), perhaps one active loan, and a
// status that agrees with that history (on_loan exactly when a loan is active; awaiting_wipe after a return
// with no wipe yet; lost after a lost loan). Borrowers are chosen in date order so nobody holds two devices
// at once and everyone had registered before they borrowed; a small group borrows again and again.
class DemoLoans {
public:
    static void generate(DemoContext &ctx, int fromPercent, int toPercent);
};
