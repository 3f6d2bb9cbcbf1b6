#pragma once

#include "DemoGenerator.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

class IdSource;
struct sqlite3;

// How much of everything one scale holds (DESIGN.md §5 fixes the borough figures).
struct DemoCounts {
    int residents = 0;
    int devices = 0;
    int sims = 0;
    int pastLoans = 0;
    int activeLoans = 0;
    int volunteers = 0;
    int bookings = 0;
    int events = 0;
    int badges = 0;
    int evidence = 0;
    int claims = 0;
    int historyDays = 0; // how long the programme has been lending devices

    static DemoCounts forScale(DemoOptions::Scale scale);
};

// What the generation stages share: the connection, the one seeded random source, the anchor date, and the
// facts an earlier stage decided that a later one must respect (who exists since when, which devices are
// MiFis). Everything random comes from `ids`, in a fixed order, so a seed and a date give the same store.
class DemoContext {
public:
    DemoContext(sqlite3 *db, IdSource &ids, const DemoOptions &options, DemoGenerator::Progress progress);

    sqlite3 *const db;
    IdSource &ids;
    const DemoCounts counts;
    const qint64 today;        // Julian day of DemoOptions::today
    const qint64 now;          // the snapshot instant: 06:00 UTC on `today`, before any branch opens
    const qint64 historyStart; // the programme's first day

    QByteArray newId();
    int pick(int n);                      // uniform in [0, n)
    int between(int lowest, int highest); // uniform in [lowest, highest]
    bool chance(double probability);
    double roll(); // uniform in [0, 1)
    template <typename T> const T &pickFrom(const std::vector<T> &items) {
        return items[size_t(pick(int(items.size())))];
    }
    const char *pickFrom(std::initializer_list<const char *> items);

    void exec(const char *sql); // throws StoreError

    // Reports progress as `stage` moves from `done` to `total` within [fromPercent, toPercent]; calls the
    // callback when the stage or the whole percentage changes. `stage` is marked with
    // QT_TRANSLATE_NOOP("DemoGenerator", …) and translated here.
    void progress(const char *stage, int fromPercent, int toPercent, qint64 done = 0, qint64 total = 1);

    struct Branch {
        QByteArray id;
        QString name;
        bool library = true;
        int locality = 0;
    };
    std::vector<Branch> branches;
    std::vector<int> libraries; // indices into branches

    QByteArray adminId;
    QByteArray coordinatorId;
    QByteArray librarianId;
    QByteArray volunteerUserId;

    struct ResidentFacts {
        std::vector<QByteArray> ids;
        std::vector<qint32> createdDay; // non-decreasing: resident i registered no later than resident i+1
        std::vector<quint16> given;
        std::vector<quint16> family;
        std::vector<quint8> homeBranch;
        std::vector<quint8> category; // index into DemoContext::kCategories
    } residents;
    static constexpr const char *kCategories[] = {"standard", "priority", "older_person", "jobseeker",
                                                  "care_leaver"};
    // How many residents had registered before `day` (they form a prefix of the residents).
    int residentsRegisteredBefore(qint64 day) const;
    QString residentName(int index) const;

    struct Slot {
        int weekday = 1;
        int startMinute = 0;
        int endMinute = 0;
        QByteArray channel;
        int branch = -1;
    };
    struct Volunteer {
        QByteArray id;
        QString givenName;
        QString familyName;
        QByteArray status;
        qint64 createdDay = 0;
        qint64 dbsRecheckDue = 0; // 0: no DBS check yet
        int homeBranch = 0;
        int maxMinutesPerWeek = 600;
        QStringList skills;
        std::vector<Slot> availability;
    };
    std::vector<Volunteer> volunteers;

    struct DeviceType {
        QByteArray id;
        QByteArray code;
        QByteArray category;
        QByteArray kit;
        QString make;
        QString model;
        int share = 0; // percent of the fleet
    };
    std::vector<DeviceType> deviceTypes;

    struct Device {
        QByteArray id;
        int type = 0;
        int branch = 0;
        qint64 acquiredDay = 0;
        QByteArray simId; // MiFis carry their SIM
    };
    std::vector<Device> devices;

    std::vector<QByteArray> badgeIds;

    struct Unit {
        QByteArray id;
        std::vector<QByteArray> outcomes;
    };
    std::vector<Unit> units;
    QByteArray pathwayId;
    QByteArray loanTermsId;

    // Loan length and renewals for a borrower category and device type (mirrors the seeded loan_rules).
    int loanDays(int category, int deviceType) const;
    int maxRenewals(int category, int deviceType) const;

private:
    DemoGenerator::Progress m_progress;
    int m_lastPercent = -1;
    const char *m_lastStage = nullptr;
};
