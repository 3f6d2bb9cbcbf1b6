#include "DemoStock.h"

#include "BulkInsert.h"
#include "DemoContext.h"
#include "DemoTime.h"
#include "core/IdSource.h"

#include <QDate>

namespace {

struct Network {
    const char *name;
    const char *issuer;  // ICCID issuer digits after the UK's 8944
    const char *voucher; // voucher code prefix
};
const Network kNetworks[] = {
    {"Vodafone", "10", "VOD"},
    {"O2", "11", "O2"},
    {"EE", "30", "EE"},
    {"Three", "20", "3UK"},
};

// ICCIDs end in a Luhn check digit, like the numbers printed on real SIM cards.
char luhnDigit(const QByteArray &digits) {
    int sum = 0;
    bool twice = true; // the check digit's neighbour is doubled
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits[i] - '0';
        if (twice) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
        twice = !twice;
    }
    return char('0' + (10 - sum % 10) % 10);
}

// A unique ICCID per index: 19 or 20 digits starting 8944. Multiplying by a number coprime to ten permutes
// the serials, so they are distinct without looking sequential.
QByteArray iccid(int index, const Network &network, bool twentyDigits, qint64 offset) {
    const qint64 modulus = twentyDigits ? 10000000000000LL : 1000000000000LL;
    const qint64 serial = (qint64(index) * 7919 + offset) % modulus;
    QByteArray digits = QByteArray("8944") + network.issuer +
                        QByteArray::number(serial).rightJustified(twentyDigits ? 13 : 12, '0');
    digits.append(luhnDigit(digits));
    return digits;
}

// "VOD-7KQ3-XW9P": 40 bits per index through an odd multiplier, a bijection, so codes never repeat.
QByteArray voucherCode(int index, const Network &network, quint64 offset) {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O or 1/I to misread
    quint64 bits = (quint64(index) * 0x9E3779B1ULL + offset) & ((1ULL << 40) - 1);
    QByteArray code(network.voucher);
    code.append('-');
    for (int i = 0; i < 8; ++i) {
        if (i == 4) {
            code.append('-');
        }
        code.append(alphabet[bits & 31]);
        bits >>= 5;
    }
    return code;
}

} // namespace

void DemoStock::planDevices(DemoContext &ctx) {
    const int n = ctx.counts.devices;
    ctx.devices.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        DemoContext::Device d;
        d.id = ctx.newId();
        int roll = ctx.pick(100);
        while (roll >= ctx.deviceTypes[size_t(d.type)].share && d.type + 1 < int(ctx.deviceTypes.size())) {
            roll -= ctx.deviceTypes[size_t(d.type)].share;
            ++d.type;
        }
        d.branch = ctx.pickFrom(ctx.libraries);
        // Three in four devices were bought for the launch; the rest topped the fleet up since.
        d.acquiredDay = ctx.chance(0.75) ? ctx.historyStart - ctx.between(1, 60)
                                         : ctx.between(int(ctx.historyStart), int(ctx.today - 120));
        ctx.devices.push_back(d);
    }
}

void DemoStock::sims(DemoContext &ctx) {
    ctx.progress(QT_TRANSLATE_NOOP("DemoGenerator", "SIMs and data"), 33, 35);
    BulkInsert insert(ctx.db,
                      "INSERT INTO sims(id, kind, iccid, voucher_code, network, gb_per_month, months, "
                      "branch_id, status, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, 6, ?, ?, ?, ?)");
    BulkInsert offer(ctx.db,
                     "INSERT INTO data_offers(id, sim_id, resident_id, branch_id, issued_on, activated_on, "
                     "expires_on, issued_by, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 iccidOffset = ctx.pick(1000000000);
    const quint64 voucherOffset = ctx.ids.generator().generate64();

    std::vector<int> mifis;
    for (int i = 0; i < int(ctx.devices.size()); ++i) {
        if (ctx.deviceTypes[size_t(ctx.devices[size_t(i)].type)].category == "mifi") {
            mifis.push_back(i);
        }
    }
    const int n = std::max(ctx.counts.sims, int(mifis.size()));
    int issuedSoFar = 0;
    for (int j = 0; j < n; ++j) {
        const Network &network = kNetworks[ctx.pick(4)];
        const QByteArray id = ctx.newId();
        const bool inDevice = j < int(mifis.size());
        const bool voucher = !inDevice && ctx.chance(0.3);
        static const int allowances[] = {20, 24, 30, 40}; // GB a month: the typical offers
        const int gbPerMonth = allowances[ctx.pick(4)];
        const int branch =
            inDevice ? ctx.devices[size_t(mifis[size_t(j)])].branch : ctx.pickFrom(ctx.libraries);

        const char *status = "in_device";
        qint64 issuedDay = 0;
        if (!inDevice) {
            const double roll = ctx.roll();
            status = roll < 0.4 ? "issued" : roll < 0.7 ? "expired" : roll < 0.95 ? "in_stock" : "void";
        }
        // An issued SIM's allowance runs for 6 months from activation (from issue until it is activated).
        qint64 activatedDay = 0;
        qint64 expiresDay = 0;
        if (qstrcmp(status, "issued") == 0) {
            // One in ten current offers ends within a fortnight, so the desk's expiry warnings have work.
            if (issuedSoFar++ % 10 == 0) {
                activatedDay =
                    QDate::fromJulianDay(ctx.today + ctx.between(1, 14)).addMonths(-6).toJulianDay();
                issuedDay = activatedDay - ctx.between(0, 2);
            } else {
                issuedDay = ctx.today - ctx.between(1, 175);
                activatedDay =
                    issuedDay > ctx.today - 7 && ctx.chance(0.3) ? 0 : issuedDay + ctx.between(0, 2);
            }
        } else if (qstrcmp(status, "expired") == 0) {
            issuedDay = ctx.between(int(ctx.historyStart), int(ctx.today - 200));
            activatedDay = issuedDay + ctx.between(0, 3);
        }
        if (issuedDay != 0) {
            expiresDay =
                QDate::fromJulianDay(activatedDay != 0 ? activatedDay : issuedDay).addMonths(6).toJulianDay();
        }
        // The row last changed when the SIM expired, was issued, or (in stock) was received.
        const qint64 issuedAt = issuedDay != 0 ? DemoTime::ukLocal(issuedDay, 10 * 60 + ctx.pick(420)) : 0;
        qint64 changed = issuedAt;
        if (qstrcmp(status, "expired") == 0) {
            changed = DemoTime::utc(expiresDay, 2 * 3600);
        } else if (issuedDay == 0) {
            changed =
                DemoTime::ukLocal(ctx.historyStart + ctx.pick(int(ctx.today - ctx.historyStart)), 10 * 60);
        }
        insert.text(id).text(voucher ? "voucher" : "sim");
        if (voucher) {
            insert.null().text(voucherCode(j, network, voucherOffset));
        } else {
            insert.text(iccid(j, network, j % 3 == 0, iccidOffset)).null();
        }
        insert.text(network.name)
            .integer(gbPerMonth)
            .text(ctx.branches[size_t(branch)].id)
            .text(status)
            .text(DemoTime::isoInstant(changed))
            .text(DemoTime::hlc(changed))
            .insert();
        if (inDevice) {
            ctx.devices[size_t(mifis[size_t(j)])].simId = id;
        }

        if (issuedDay != 0) {
            const int registered = ctx.residentsRegisteredBefore(issuedDay);
            const int resident = ctx.pick(registered);
            offer.text(ctx.newId())
                .text(id)
                .text(ctx.residents.ids[size_t(resident)])
                .text(ctx.branches[size_t(branch)].id)
                .text(DemoTime::isoDate(issuedDay))
                .textOrNull(activatedDay != 0 ? DemoTime::isoDate(activatedDay) : QByteArray())
                .text(DemoTime::isoDate(expiresDay))
                .text(ctx.librarianId)
                .text(DemoTime::isoInstant(issuedAt))
                .text(DemoTime::hlc(issuedAt))
                .insert();
        }
    }
}
