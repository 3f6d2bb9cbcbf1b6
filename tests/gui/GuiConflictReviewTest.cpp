#include "DeskHarness.h"
#include "DeskStyle.h"
#include "LoanFixtures.h"
#include "MessageBanner.h"
#include "Workspace.h"
#include "store/Sql.h"
#include "sync/ConflictReviewPanel.h"
#include "sync/LoanConflictCommands.h"
#include "sync/SyncPage.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// With TECHMATES_SCREENSHOTS=DIR (run under Xvfb, see docs/screenshots/README.md) the test also saves the
// screens it passes through for the user guide.
namespace {
void shoot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("TECHMATES_SCREENSHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    DeskHarness::settle();
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        qWarning("cannot save %s", qPrintable(path));
    }
}
} // namespace

// Sync → Conflicts, by keyboard: a coordinator settles devices lent at two desks ("keep the council's
// loan" / "the other resident has it"), each with a required reason; the loans change accordingly and
// settled rows leave the list. Conflicts are recorded the way the server records them
// (RecordLoanConflictCommand), on a store with an active loan for each device.
class GuiConflictReviewTest : public QObject {
    Q_OBJECT

private:
    struct Conflict {
        QString conflictId;
        QString keptLoanId;
        QString otherLoanId;
    };

    // The device is on loan to `keptCard` here; another desk lent it to `otherCard` while offline.
    static Conflict doubleLoan(LoanFixtures &fx, const QString &tag, const QString &keptCard,
                               const QString &otherCard, const QString &otherResidentId) {
        TestStore &t = fx.t();
        const CommandResult kept = fx.checkOut(keptCard, tag);
        if (!kept.ok()) {
            qFatal("check-out failed: %s", qPrintable(kept.message()));
        }
        const QString deviceId = Sql(t.db(), QStringLiteral("SELECT id FROM devices WHERE tag = :t"))
                                     .bind(QStringLiteral(":t"), tag)
                                     .scalar()
                                     .toString();
        const QString otherLoanId = t.ids().newId();
        const QJsonObject checkout{
            {QStringLiteral("id"), otherLoanId},
            {QStringLiteral("device_id"), deviceId},
            {QStringLiteral("device_tag"), tag},
            {QStringLiteral("resident_id"), otherResidentId},
            {QStringLiteral("resident_card"), otherCard},
            {QStringLiteral("branch_id"), t.branchId()},
            {QStringLiteral("checked_out_at"), QStringLiteral("2026-03-02T10:15:00.000Z")},
            {QStringLiteral("due_on"), QStringLiteral("2026-03-30")},
            {QStringLiteral("signed_name"), QStringLiteral("Someone")}};
        RecordLoanConflictCommand record(checkout, QStringLiteral("The device is already on loan."));
        const CommandResult r = t.bus().execute(record, Actor::system());
        if (!r.ok()) {
            qFatal("conflict not recorded: %s", qPrintable(r.message()));
        }
        return {r.entityId(), kept.entityId(), otherLoanId};
    }

    static QString loanStatus(TestStore &t, const QString &loanId) {
        return Sql(t.db(), QStringLiteral("SELECT status FROM loans WHERE id = :id"))
            .bind(QStringLiteral(":id"), loanId)
            .scalar()
            .toString();
    }

    static bool resolved(TestStore &t, const QString &conflictId) {
        return !Sql(t.db(), QStringLiteral("SELECT resolved_at FROM sync_conflicts WHERE id = :id"))
                    .bind(QStringLiteral(":id"), conflictId)
                    .scalar()
                    .isNull();
    }

    // Signs in, Ctrl+9 for Sync, Ctrl+Tab to the Conflicts tab.
    static ConflictReviewPanel *openConflicts(DeskHarness &desk, const QString &user) {
        desk.signIn(user);
        QTest::keyClick(&desk.window(), Qt::Key_9, Qt::ControlModifier);
        auto *tabs = desk.find<QTabWidget>(QStringLiteral("syncTabs"));
        if (!tabs || !tabs->isVisible()) {
            return nullptr;
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        DeskHarness::settle();
        return desk.find<ConflictReviewPanel>(QStringLiteral("conflictsTab"));
    }

private slots:
    void initTestCase() {
        if (!qEnvironmentVariableIsEmpty("TECHMATES_SCREENSHOTS")) {
            DeskStyle::apply(*qApp);
        }
    }

    void coordinatorSettlesBothWaysByKeyboard() {
        DeskHarness desk;
        TestStore &t = desk.store();
        LoanFixtures fx(t);
        fx.addDevice(QStringLiteral("TAB-0001"));
        fx.addDevice(QStringLiteral("TAB-0002"));
        fx.addResident(QStringLiteral("C1001"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        const QString otherResident =
            fx.addResident(QStringLiteral("C1002"), QStringLiteral("Bilal"), QStringLiteral("Hussain"));
        fx.addResident(QStringLiteral("C1003"), QStringLiteral("Chloe"), QStringLiteral("Evans"));
        const Conflict first = doubleLoan(fx, QStringLiteral("TAB-0001"), QStringLiteral("C1001"),
                                          QStringLiteral("C1002"), otherResident);
        const Conflict second = doubleLoan(fx, QStringLiteral("TAB-0002"), QStringLiteral("C1003"),
                                           QStringLiteral("C1002"), otherResident);
        QCOMPARE(loanStatus(t, first.otherLoanId), QStringLiteral("closed"));

        ConflictReviewPanel *panel = openConflicts(desk, QStringLiteral("coordinator"));
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        auto *tabs = desk.find<QTabWidget>(QStringLiteral("syncTabs"));
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Conflicts (2)"));
        auto *table = desk.find<QTableView>(QStringLiteral("conflictTable"));
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(table->hasFocus());
        shoot(&desk.window(), QStringLiteral("sync-conflicts"));

        // Both sides are shown: device, who each desk lent it to, which is the council's.
        auto *details = desk.find<QLabel>(QStringLiteral("conflictDetails"));
        QVERIFY(details->text().contains(QStringLiteral("TAB-0001")));
        QVERIFY(
            details->text().contains(QStringLiteral("Council's record (kept): lent to Amara Nwosu (C1001)")));
        QVERIFY(details->text().contains(QStringLiteral("Other desk: lent to Bilal Hussain (C1002)")));
        QVERIFY(
            table->model()->index(0, 1).data().toString().startsWith(QStringLiteral("Amara Nwosu (C1001)")));

        // No reason: refused, nothing written.
        auto *reason = desk.find<QLineEdit>(QStringLiteral("conflictReason"));
        auto *message = desk.find<MessageBanner>(QStringLiteral("conflictMessage"));
        QTest::keyClick(table, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), reason);
        QTest::keyClick(reason, Qt::Key_O, Qt::AltModifier); // a mnemonic "animates" the click: wait
        QTRY_VERIFY(message->isError());
        QVERIFY2(message->text().startsWith(QStringLiteral("Say why")), qPrintable(message->text()));
        QVERIFY(!resolved(t, first.conflictId));
        QCOMPARE(loanStatus(t, first.keptLoanId), QStringLiteral("active"));

        // The other resident has it: the other loan becomes the active one.
        QCOMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("Resident came in with the device"));
        QTest::keyClick(reason, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(resolved(t, first.conflictId));
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("Bilal Hussain (C1002) now has the device")));
        QVERIFY(resolved(t, first.conflictId));
        QCOMPARE(loanStatus(t, first.otherLoanId), QStringLiteral("active"));
        QCOMPARE(loanStatus(t, first.keptLoanId), QStringLiteral("closed"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Conflicts (1)"));
        QVERIFY(reason->text().isEmpty());

        // Keep the council's loan on the second: the kept loan stays, the other stays closed.
        QVERIFY(details->text().contains(QStringLiteral("TAB-0002")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("Phoned the other resident: they never took it"));
        QTest::keyClick(reason, Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(resolved(t, second.conflictId));
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QVERIFY(resolved(t, second.conflictId));
        QCOMPARE(loanStatus(t, second.keptLoanId), QStringLiteral("active"));
        QCOMPARE(loanStatus(t, second.otherLoanId), QStringLiteral("closed"));
        QCOMPARE(table->model()->rowCount(), 0);
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("Conflicts"));
        QVERIFY(desk.find<QLabel>(QStringLiteral("conflictTableEmpty"))->isVisible());

        // Each settlement went through the write path: audit and outbox rows for the server.
        QCOMPARE(
            Sql(t.db(), QStringLiteral("SELECT count(*) FROM outbox WHERE command = 'conflict.resolve_loan'"))
                .scalar()
                .toInt(),
            2);
    }

    void swapIsOfferedOnlyWhileTheCouncilsLoanIsActive() {
        DeskHarness desk;
        TestStore &t = desk.store();
        LoanFixtures fx(t);
        fx.addDevice(QStringLiteral("TAB-0001"));
        fx.addResident(QStringLiteral("C1001"));
        const QString other =
            fx.addResident(QStringLiteral("C1002"), QStringLiteral("Bilal"), QStringLiteral("Hussain"));
        const Conflict c = doubleLoan(fx, QStringLiteral("TAB-0001"), QStringLiteral("C1001"),
                                      QStringLiteral("C1002"), other);
        QVERIFY(fx.checkIn(QStringLiteral("TAB-0001")).ok()); // the council's loan came back meanwhile

        QVERIFY(openConflicts(desk, QStringLiteral("coordinator")));
        auto *swap = desk.find<QPushButton>(QStringLiteral("conflictSwap"));
        QVERIFY(!swap->isEnabled());
        QVERIFY(desk.find<QLabel>(QStringLiteral("conflictSwapNote"))
                    ->text()
                    .contains(QStringLiteral("no longer on loan")));
        // Keeping is still possible.
        auto *reason = desk.find<QLineEdit>(QStringLiteral("conflictReason"));
        reason->setFocus();
        QTest::keyClicks(reason, QStringLiteral("Returned at the branch"));
        QTest::keyClick(reason, Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(resolved(t, c.conflictId));
        QCOMPARE(loanStatus(t, c.otherLoanId), QStringLiteral("closed"));
    }

    void onlyCoordinatorsSeeTheConflicts() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        QTest::keyClick(&desk.window(), Qt::Key_9, Qt::ControlModifier);
        auto *page = desk.find<SyncPage>(QStringLiteral("syncPage"));
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->tabs()->count(), 1);
        QVERIFY(!desk.find<QWidget>(QStringLiteral("conflictsTab")));
        QVERIFY(desk.find<QWidget>(QStringLiteral("syncTab")));
    }
};

QTEST_MAIN(GuiConflictReviewTest)
#include "GuiConflictReviewTest.moc"
