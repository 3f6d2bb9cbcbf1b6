#pragma once

class DemoContext;

// The configuration a council sets up before lending anything: branches and partners, device types and
// loan rules, the iDEA badge catalogue and awards, and the accredited training pathway.
class DemoReference {
public:
    static void generate(DemoContext &ctx);

private:
    static void branches(DemoContext &ctx);
    static void deviceTypes(DemoContext &ctx);
    static void loanRules(DemoContext &ctx);
    static void badges(DemoContext &ctx);
    static void training(DemoContext &ctx);
};
