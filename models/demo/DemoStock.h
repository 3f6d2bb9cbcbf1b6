#pragma once

class DemoContext;

// The fleet's plan (which device is what, where, since when) and the data side: SIMs and vouchers, the SIM
// inside each MiFi, and the data offers issued to residents. Devices themselves are written by DemoLoans,
// which decides their status from their loan history.
class DemoStock {
public:
    static void planDevices(DemoContext &ctx);
    static void sims(DemoContext &ctx);
};
