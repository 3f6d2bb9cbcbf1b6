#pragma once

class DemoContext;

// iDEA badges earned by residents, volunteers and staff: each learner earns a badge at most once (a
// revoked record aside), on dates after they joined, so points add up to Bronze, Silver and Gold awards.
class DemoBadges {
public:
    static void generate(DemoContext &ctx, int fromPercent, int toPercent);
};
