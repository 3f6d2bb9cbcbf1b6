#include "DemoLoans.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoTime.h"
#include "core/IdSource.h"
#include "store/StoreError.h"

#include <algorithm>
#include <climits>

namespace {

enum class Fate : quint8 { Available, OnLoan, Lost, Retired, InRepair, AwaitingWipe };

const char *statusOf(Fate fate) {
    switch (fate) {
    case Fate::OnLoan:
        return "on_loan";
    case Fate::Lost:
        return "lost";
    case Fate::Retired:
        return "retired";
    case Fate::InRepair:
        return "in_repair";
    case Fate::AwaitingWipe:
        return "awaiting_wipe";
    case Fate::Available:
        break;
    }
    return "available";
}

// Whether the device's last loan ends its window exactly (returned or lost on the window's last day)
// rather than being followed by time back on the shelf.
bool endsWithLastLoan(Fate fate) {
    return fate == Fate::Lost || fate == Fate::Retired || fate == Fate::InRepair ||
           fate == Fate::AwaitingWipe;
}

enum class Kind : quint8 { Returned, Lost, Active };

struct Loan {
    qint64 outAt = 0;
    qint64 backAt = 0; // returned, or reported lost; 0 while active
    qint64 wipeAt = 0; // 0: not wiped (lost, awaiting wipe, active)
    qint32 device = 0;
    qint32 resident = -1;
    qint32 outDay = 0;
    qint32 backDay = 0;
    Kind kind = Kind::Returned;
    bool damaged = false;
    bool overdue = false; // active loans only: planned to be past its due date
};

struct DevicePlan {
    Fate fate = Fate::Available;
    qint64 windowStart = 0;
    qint64 windowEnd = 0; // last day of past loans (and their shelf time)
    qint64 activeDay = 0; // day the active loan was checked out
    bool activeOverdue = false;
    int pastLoans = 0;
    qint64 lastEventAt = 0;
};

// How long people keep a device before scaling to fit the device's history: mostly the 8-week loan,
// some renewed, some brought back early.
int rawLoanDays(DemoContext &ctx) {
    const double roll = ctx.roll();
    if (roll < 0.6) {
        return ctx.between(14, 56);
    }
    return roll < 0.85 ? ctx.between(57, 120) : ctx.between(3, 13);
}

qint64 openingTime(DemoContext &ctx, qint64 day) {
    return DemoTime::ukLocal(day, 9 * 60 + 30 + ctx.pick(420)); // 09:30–16:30
}

// The base-36 tail of a serial number, distinct per index: 2654435761 is coprime to 36, so multiplying
// permutes 0 … 36^7 − 1.
QByteArray serialTail(int index, quint64 offset) {
    constexpr quint64 modulus = 78364164096ULL; // 36^7
    quint64 v = (quint64(index) * 2654435761ULL + offset) % modulus;
    QByteArray out(7, '0');
    for (int i = 6; i >= 0; --i) {
        out[i] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[v % 36];
        v /= 36;
    }
    return out;
}

QByteArray serialPrefix(const QString &make) {
    if (make == QLatin1String("Apple")) {
        return "DMPX";
    }
    if (make == QLatin1String("Samsung")) {
        return "R52W";
    }
    if (make == QLatin1String("Lenovo")) {
        return "PF3K";
    }
    if (make == QLatin1String("HP")) {
        return "5CD3";
    }
    return "2231";
}

} // namespace

void DemoLoans::generate(DemoContext &ctx, int fromPercent, int toPercent) {
    const char *const stage = QT_TRANSLATE_NOOP("DemoGenerator", "Devices and loans");
    ctx.progress(stage, fromPercent, toPercent);
    const int deviceCount = int(ctx.devices.size());
    std::vector<DevicePlan> plans(static_cast<size_t>(deviceCount));

    // 1. Fates: a shuffled fleet, the first ones on loan, then a few lost, retired, in repair, awaiting wipe.
    std::vector<int> order(static_cast<size_t>(deviceCount));
    for (int i = 0; i < deviceCount; ++i) {
        order[size_t(i)] = i;
    }
    for (int i = deviceCount - 1; i > 0; --i) {
        std::swap(order[size_t(i)], order[size_t(ctx.pick(i + 1))]);
    }
    const std::pair<Fate, int> fates[] = {
        {Fate::OnLoan, std::min(ctx.counts.activeLoans, deviceCount * 3 / 4)},
        {Fate::Lost, std::max(2, deviceCount * 15 / 1000)},
        {Fate::Retired, std::max(3, deviceCount * 3 / 100)},
        {Fate::InRepair, std::max(2, deviceCount * 2 / 100)},
        {Fate::AwaitingWipe, std::max(3, deviceCount * 3 / 100)},
    };
    size_t next = 0;
    for (const auto &[fate, count] : fates) {
        for (int i = 0; i < count && next < order.size(); ++i) {
            plans[size_t(order[next++])].fate = fate;
        }
    }

    // 2. Each device's window for past loans.
    qint64 totalWindow = 0;
    for (int d = 0; d < deviceCount; ++d) {
        DevicePlan &p = plans[size_t(d)];
        p.windowStart = std::max(ctx.historyStart, ctx.devices[size_t(d)].acquiredDay + ctx.between(1, 14));
        switch (p.fate) {
        case Fate::OnLoan:
            // One in twelve active loans is overdue: out for longer than any loan period allows.
            p.activeOverdue = ctx.chance(1.0 / 12);
            p.activeDay = ctx.today - (p.activeOverdue ? ctx.between(90, 120) : ctx.between(1, 100));
            p.activeDay = std::max(p.activeDay, p.windowStart + 1);
            p.windowEnd = p.activeDay - 1;
            break;
        case Fate::Lost:
            p.windowEnd = ctx.today - ctx.between(20, 300);
            break;
        case Fate::Retired:
            p.windowEnd = ctx.today - ctx.between(30, 400);
            break;
        case Fate::InRepair:
            p.windowEnd = ctx.today - ctx.between(3, 40);
            break;
        case Fate::AwaitingWipe:
            p.windowEnd = ctx.today - ctx.between(1, 3);
            break;
        case Fate::Available:
            p.windowEnd = ctx.today - 1;
            break;
        }
        if (endsWithLastLoan(p.fate)) {
            // These fates are the end of a loan, so the device needs room for at least one.
            p.windowEnd = std::min(ctx.today - 1, std::max(p.windowEnd, p.windowStart + 30));
        }
        totalWindow += std::max<qint64>(0, p.windowEnd - p.windowStart);
    }

    // 3. Past loans per device in proportion to its window (a loan and a gap take at least a day each).
    auto capacity = [&](int d) {
        const DevicePlan &p = plans[size_t(d)];
        return int(std::max<qint64>(0, p.windowEnd - p.windowStart) / 2);
    };
    const int wanted = ctx.counts.pastLoans;
    int assigned = 0;
    for (int d = 0; d < deviceCount; ++d) {
        DevicePlan &p = plans[size_t(d)];
        const qint64 window = std::max<qint64>(0, p.windowEnd - p.windowStart);
        p.pastLoans = std::min(capacity(d), int(qint64(wanted) * window / std::max<qint64>(1, totalWindow)));
        if (endsWithLastLoan(p.fate)) {
            p.pastLoans = std::max(1, p.pastLoans);
        }
        assigned += p.pastLoans;
    }
    for (int guard = 0; assigned != wanted && guard < 50 * deviceCount; ++guard) {
        const int d = ctx.pick(deviceCount);
        DevicePlan &p = plans[size_t(d)];
        if (assigned < wanted && p.pastLoans < capacity(d)) {
            ++p.pastLoans;
            ++assigned;
        } else if (assigned > wanted && p.pastLoans > (endsWithLastLoan(p.fate) ? 1 : 0)) {
            --p.pastLoans;
            --assigned;
        }
    }

    // 4. Timelines: raw loan lengths and gaps, squeezed to fit the window when the device is busy, the
    //    spare days spread over the gaps when it is not.
    std::vector<Loan> loans;
    loans.reserve(size_t(assigned + ctx.counts.activeLoans));
    std::vector<int> lengths;
    std::vector<int> gaps;
    for (int d = 0; d < deviceCount; ++d) {
        DevicePlan &p = plans[size_t(d)];
        const int n = p.pastLoans;
        p.lastEventAt = DemoTime::ukLocal(ctx.devices[size_t(d)].acquiredDay, 11 * 60);
        if (n > 0) {
            lengths.assign(size_t(n), 0);
            gaps.assign(size_t(n), 0);
            qint64 total = 0;
            for (int j = 0; j < n; ++j) {
                lengths[size_t(j)] = rawLoanDays(ctx);
                gaps[size_t(j)] = ctx.between(1, 21); // wipe, then back on the shelf
                total += lengths[size_t(j)] + gaps[size_t(j)];
            }
            const bool trailingGap = !endsWithLastLoan(p.fate);
            if (!trailingGap) {
                total -= gaps[size_t(n - 1)];
                gaps[size_t(n - 1)] = 0;
            }
            const qint64 available = p.windowEnd - p.windowStart;
            if (total > available) {
                const double f = double(available) / double(total);
                total = 0;
                for (int j = 0; j < n; ++j) {
                    lengths[size_t(j)] = std::max(1, int(lengths[size_t(j)] * f));
                    if (gaps[size_t(j)] > 0) {
                        gaps[size_t(j)] = std::max(1, int(gaps[size_t(j)] * f));
                    }
                    total += lengths[size_t(j)] + gaps[size_t(j)];
                }
                // Rounding up to one day can overshoot: take the excess from the longest gaps and loans.
                // The capacity limit (a day each) guarantees this ends.
                while (total > available) {
                    auto gap = std::max_element(gaps.begin(), gaps.end());
                    auto length = std::max_element(lengths.begin(), lengths.end());
                    if (*gap > 1 && *gap >= *length) {
                        --*gap;
                    } else {
                        --*length;
                    }
                    --total;
                }
            }
            // Spare days: an equal share after each loan (not after the last when it ends the window), the
            // rest before the first.
            const qint64 slack = std::max<qint64>(0, available - total);
            const int shares = trailingGap ? n + 1 : n;
            const qint64 share = slack / shares;
            qint64 day = p.windowStart + (slack - share * (shares - 1));
            for (int j = 0; j < n; ++j) {
                Loan loan;
                loan.device = d;
                loan.outDay = qint32(day);
                loan.backDay = qint32(day + lengths[size_t(j)]);
                loan.outAt = openingTime(ctx, loan.outDay);
                loan.backAt = openingTime(ctx, loan.backDay);
                const int gap = gaps[size_t(j)] + int(j + 1 < n || trailingGap ? share : 0);
                const bool last = j + 1 == n;
                if (last && p.fate == Fate::Lost) {
                    loan.kind = Kind::Lost;
                } else if (!(last && p.fate == Fate::AwaitingWipe)) {
                    // Wiped the day it came back, or within two days if the shelf allows.
                    const int wipeDay = loan.backDay + (gap > 1 ? ctx.between(0, std::min(2, gap - 1)) : 0);
                    loan.wipeAt = wipeDay == loan.backDay ? loan.backAt + 60 * ctx.between(20, 90)
                                                          : openingTime(ctx, wipeDay);
                }
                loan.damaged =
                    (last && p.fate == Fate::InRepair) || (loan.kind == Kind::Returned && ctx.chance(0.05));
                p.lastEventAt = std::max({p.lastEventAt, loan.backAt, loan.wipeAt});
                loans.push_back(loan);
                day = loan.backDay + gap;
            }
        }
        if (p.fate == Fate::OnLoan) {
            Loan loan;
            loan.device = d;
            loan.kind = Kind::Active;
            loan.outDay = qint32(p.activeDay);
            loan.outAt = openingTime(ctx, p.activeDay);
            loan.overdue = p.activeOverdue;
            p.lastEventAt = std::max(p.lastEventAt, loan.outAt);
            loans.push_back(loan);
        } else if (p.fate == Fate::Retired || p.fate == Fate::InRepair) {
            // Retired or sent for repair a few days after its last wipe.
            p.lastEventAt = std::min(ctx.now - 3600, p.lastEventAt + 86400 * ctx.between(1, 3));
        }
    }

    // 5. Borrowers, in date order, so that "free since" and "registered by" can be checked as we go.
    std::vector<int> byTime(loans.size());
    for (size_t i = 0; i < loans.size(); ++i) {
        byTime[i] = int(i);
    }
    std::sort(byTime.begin(), byTime.end(), [&](int a, int b) {
        const Loan &x = loans[size_t(a)];
        const Loan &y = loans[size_t(b)];
        return x.outAt != y.outAt ? x.outAt < y.outAt : x.device < y.device;
    });
    std::vector<qint32> busyUntil(ctx.residents.ids.size(), INT_MIN); // last day of their current loan
    constexpr int kRepeatStride = 50; // one resident in 50 is a repeat borrower
    for (const int index : byTime) {
        Loan &loan = loans[size_t(index)];
        const int registered = ctx.residentsRegisteredBefore(loan.outDay);
        // Repeat borrowers take a larger share of recent loans: the "lasting need" report has people to show.
        const double repeatShare = loan.outDay >= ctx.today - 365 ? 0.5 : 0.2;
        int chosen = -1;
        for (int attempt = 0; attempt < 40 && chosen < 0; ++attempt) {
            int candidate = 0;
            if (registered > 7 && ctx.chance(repeatShare)) {
                candidate =
                    7 + kRepeatStride * ctx.pick((registered - 7 + kRepeatStride - 1) / kRepeatStride);
            } else {
                candidate = ctx.pick(registered);
            }
            if (candidate < registered && busyUntil[size_t(candidate)] < loan.outDay) {
                chosen = candidate;
            }
        }
        for (int probe = 0; chosen < 0 && probe < registered; ++probe) {
            if (busyUntil[size_t(probe)] < loan.outDay) {
                chosen = probe;
            }
        }
        if (chosen < 0) {
            // Only possible if a scale had more devices out at once than residents: a generator bug.
            throw StoreError(QStringLiteral("The demo generator found nobody free to borrow a device on %1.")
                                 .arg(QString::fromLatin1(DemoTime::isoDate(loan.outDay))));
        }
        loan.resident = chosen;
        busyUntil[size_t(chosen)] = loan.kind == Kind::Active ? INT_MAX : loan.backDay;
    }

    // 6. Devices, then loans and wipes in date order.
    BulkInsert device(ctx.db,
                      "INSERT INTO devices(id, tag, type_id, serial, make, model, branch_id, status, sim_id, "
                      "acquired_on, notes, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const quint64 serialOffset = ctx.ids.generator().generate64() % 78364164096ULL;
    for (int d = 0; d < deviceCount; ++d) {
        const DemoContext::Device &dev = ctx.devices[size_t(d)];
        const DemoContext::DeviceType &type = ctx.deviceTypes[size_t(dev.type)];
        const DevicePlan &p = plans[size_t(d)];
        const char *note = p.fate == Fate::Lost       ? "Reported lost by the borrower."
                           : p.fate == Fate::Retired  ? "Battery no longer holds a charge: retired."
                           : p.fate == Fate::InRepair ? "Cracked screen: with the repairer."
                                                      : "";
        device.text(dev.id)
            .text(QStringLiteral("TM-%1").arg(d + 1, 6, 10, QLatin1Char('0')))
            .text(type.id)
            .text(QByteArray(serialPrefix(type.make) + serialTail(d, serialOffset)))
            .text(type.make)
            .text(type.model)
            .text(ctx.branches[size_t(dev.branch)].id)
            .text(statusOf(p.fate))
            .textOrNull(dev.simId)
            .text(DemoTime::isoDate(dev.acquiredDay))
            .text(note)
            .text(DemoTime::isoInstant(p.lastEventAt))
            .text(DemoTime::hlc(p.lastEventAt))
            .insert();
    }

    BulkInsert loanInsert(
        ctx.db, "INSERT INTO loans(id, device_id, resident_id, branch_id, status, checked_out_at, due_on, "
                "renewals, returned_at, condition_in, kit_out, kit_in, data_removed, terms_id, signed_name, "
                "close_reason, checked_out_by, checked_in_by, updated_at, hlc) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BulkInsert wipeInsert(ctx.db,
                          "INSERT INTO wipe_records(id, device_id, loan_id, method, tool, report_id, "
                          "wiped_by, wiped_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    qint64 written = 0;
    int reportNumber = 100000 + ctx.pick(100000);
    for (const int index : byTime) {
        const Loan &loan = loans[size_t(index)];
        const DemoContext::Device &dev = ctx.devices[size_t(loan.device)];
        const DemoContext::DeviceType &type = ctx.deviceTypes[size_t(dev.type)];
        const int category = ctx.residents.category[size_t(loan.resident)];
        const int loanDays = ctx.loanDays(category, dev.type);
        const int maxRenewals = ctx.maxRenewals(category, dev.type);

        int renewals = 0;
        qint64 updatedAt = 0;
        if (loan.kind == Kind::Active) {
            if (loan.overdue) {
                // As many renewals as still leave it overdue.
                while (renewals < maxRenewals && loan.outDay + loanDays * (renewals + 2) < ctx.today &&
                       ctx.chance(0.5)) {
                    ++renewals;
                }
            } else {
                while (renewals < maxRenewals && loan.outDay + loanDays * (renewals + 1) < ctx.today) {
                    ++renewals;
                }
            }
            updatedAt = renewals == 0 ? loan.outAt : openingTime(ctx, loan.outDay + loanDays * renewals);
        } else {
            const int kept = loan.backDay - loan.outDay;
            renewals = kept > loanDays ? std::min(maxRenewals, (kept - 1) / loanDays) : 0;
            updatedAt = loan.backAt;
        }
        const qint64 dueDay = loan.outDay + qint64(loanDays) * (renewals + 1);
        const QByteArray id = ctx.newId();
        const bool returned = loan.kind == Kind::Returned;
        QByteArray kitIn;
        if (returned) {
            kitIn = type.kit;
            if (ctx.chance(0.07)) {
                kitIn.truncate(std::max<qsizetype>(0, kitIn.lastIndexOf(','))); // came back without its case
            }
        }
        const QByteArray outBy = ctx.chance(0.85) ? ctx.librarianId : ctx.coordinatorId;
        loanInsert.text(id)
            .text(dev.id)
            .text(ctx.residents.ids[size_t(loan.resident)])
            .text(ctx.branches[size_t(dev.branch)].id)
            .text(loan.kind == Kind::Active ? "active"
                  : returned                ? "returned"
                                            : "lost")
            .text(DemoTime::isoInstant(loan.outAt))
            .text(DemoTime::isoDate(dueDay))
            .integer(renewals)
            .textOrNull(returned ? DemoTime::isoInstant(loan.backAt) : QByteArray())
            .textOrNull(returned ? QByteArray(loan.damaged ? "damaged" : "good") : QByteArray())
            .text(type.kit)
            .text(kitIn)
            .integer(returned && ctx.chance(0.85))
            .text(ctx.loanTermsId)
            .text(ctx.residentName(loan.resident))
            .text(loan.kind == Kind::Lost ? "The borrower reported the device lost." : "")
            .text(outBy)
            .textOrNull(returned ? ctx.librarianId : QByteArray())
            .text(DemoTime::isoInstant(updatedAt))
            .text(DemoTime::hlc(updatedAt))
            .insert();

        if (loan.wipeAt != 0) {
            const bool laptop = type.category == "laptop";
            wipeInsert.text(ctx.newId())
                .text(dev.id)
                .text(id)
                .text(laptop                          ? "secure_erase"
                      : type.category == "chromebook" ? "powerwash"
                                                      : "factory_reset")
                .text(laptop                          ? "Blancco Drive Eraser"
                      : type.category == "chromebook" ? "Google Admin console"
                                                      : "")
                .text(laptop ? QByteArray("BDE-" + QByteArray::number(reportNumber++)) : QByteArray())
                .text(ctx.librarianId)
                .text(DemoTime::isoInstant(loan.wipeAt))
                .text(DemoTime::isoInstant(loan.wipeAt))
                .text(DemoTime::hlc(loan.wipeAt))
                .insert();
        }
        if (++written % 4096 == 0) {
            ctx.progress(stage, fromPercent, toPercent, written, qint64(loans.size()));
        }
    }
}
