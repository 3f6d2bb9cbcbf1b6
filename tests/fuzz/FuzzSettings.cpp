// The settings table: values an administrator saves or another desk's sync brings, read as numbers, lists
// and names by the screens and rules. Input: lines "key=value" (keys picked by the fuzzer from the ones the
// desk reads). Any value must give a sensible setting or the default, never a crash or an unusable rule.
#include "FuzzSupport.h"
#include "bookings/BookingQueries.h"
#include "bookings/BookingRules.h"
#include "loans/CheckOutAssessment.h"
#include "loans/LoanRepository.h"
#include "skills/SkillsProgress.h"
#include "store/Sql.h"
#include "training/TrainingQueries.h"
#include "views/ServiceSettings.h"

namespace {
const QStringList kKeys{QStringLiteral("dbs_recheck_years"),     QStringLiteral("dbs_blocks_all_sessions"),
                        QStringLiteral("dbs_alert_days"),        QStringLiteral("fair_share_days"),
                        QStringLiteral("council_name"),          QStringLiteral("badge_target"),
                        QStringLiteral("graduate_target"),       QStringLiteral("repeat_borrower_loans"),
                        QStringLiteral("repeat_borrower_months")};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    TestStore &t = Fuzz::store();
    const QSqlDatabase db = t.db();
    Sql(db,
        QStringLiteral("DELETE FROM settings WHERE key IN ('dbs_recheck_years', 'dbs_blocks_all_sessions', "
                       "'dbs_alert_days', 'fair_share_days', 'council_name', 'badge_target', "
                       "'graduate_target', 'repeat_borrower_loans', 'repeat_borrower_months')"))
        .exec();
    auto blocks = [&] {
        return CheckOutAssessment::assess(db, t.clock().today(), QStringLiteral("2000000001"),
                                          QStringLiteral("LIB-00042"), t.librarian())
            .issues()
            .messages(LoanIssue::Severity::Block);
    };
    static const QStringList blocksWithDefaults = blocks();
    for (const QString &line : QString::fromUtf8(Fuzz::bytes(data, size)).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0) {
            continue;
        }
        QString key = line.left(eq).trimmed();
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        if (isIndex && index >= 0 && index < kKeys.size()) {
            key = kKeys.at(index);
        }
        if (!kKeys.contains(key)) {
            continue;
        }
        Sql(db, QStringLiteral("INSERT INTO settings(key, value, updated_at) VALUES (:k, :v, '2026-01-01') "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
            .bind(QStringLiteral(":k"), key)
            .bind(QStringLiteral(":v"), line.mid(eq + 1))
            .exec();
    }

    const BookingSettings booking = BookingSettings::load(db);
    if (booking.dbsRecheckYears < 1 || booking.fairShareDays < 1 || booking.dbsAlertDays.isEmpty()) {
        Fuzz::violated("booking settings out of range");
    }
    const QDate issued(2025, 6, 1);
    if (!issued.addYears(booking.dbsRecheckYears).isValid()) {
        Fuzz::violated("a DBS re-check date cannot be worked out", QString::number(booking.dbsRecheckYears));
    }
    if (!t.clock().today().addDays(-booking.fairShareDays).isValid()) {
        Fuzz::violated("the fair-share window cannot be worked out", QString::number(booking.fairShareDays));
    }
    for (int d : booking.dbsAlertDays) {
        if (d < 1 || !t.clock().today().addDays(d).isValid()) {
            Fuzz::violated("a DBS alert day cannot be worked out", QString::number(d));
        }
    }
    ServiceSettings::councilName(db);
    LoanRepository(db).intSetting(QStringLiteral("repeat_borrower_loans"), 3);
    const QStringList blocked = blocks();
    if (blocked != blocksWithDefaults) {
        Fuzz::violated("a setting blocked an ordinary loan", blocked.join(QLatin1Char('\n')));
    }
    SkillsProgress(db).totals(t.admin());
    TrainingQueries(db).graduates(t.admin());
    BookingQueries(db, t.clock()).dbsAlerts(t.admin());
    return 0;
}
