#pragma once

class DemoContext;

// TechMates sessions over the last eighteen months and the next six weeks, inside each volunteer's weekly
// availability, with nobody booked twice in the same hour; outcomes and logged hours for attended ones;
// and Saturday tea parties with their headcounts.
class DemoSessions {
public:
    static void generate(DemoContext &ctx, int fromPercent, int toPercent);

private:
    static void events(DemoContext &ctx);
};
