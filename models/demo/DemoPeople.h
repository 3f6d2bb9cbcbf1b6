#pragma once

class DemoContext;

// Residents (with the folded search text the desk's search reads) and TechMates volunteers with their DBS
// checks and weekly availability.
class DemoPeople {
public:
    static void residents(DemoContext &ctx, int fromPercent, int toPercent);
    static void volunteers(DemoContext &ctx);
};
