#pragma once

class DemoContext;

// The accredited pathway in progress: enrolments, evidence for outcomes in pathway order, the coordinator's
// sign-offs (never on evidence they wrote), units achieved once all their outcomes are signed off, graduates,
// and claims batching achieved units for certification.
class DemoTraining {
public:
    static void generate(DemoContext &ctx, int fromPercent, int toPercent);
};
