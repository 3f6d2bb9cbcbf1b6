#include "AdminPage.h"
#include "DeskHarness.h"
#include "LoanFixtures.h"
#include "MessageBanner.h"
#include "Workspace.h"
#include "admin/LoanRuleDialog.h"
#include "admin/LoanRulesModel.h"
#include "admin/LoanRulesPanel.h"
#include "admin/LoanTermsPanel.h"
#include "admin/PublishTermsDialog.h"
#include "loans/LoanRules.h"
#include "loans/LoanTerms.h"
#include "store/Sql.h"

#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

// Admin → Loan rules and Loan terms, by keyboard: edit a rule in place, add one, refuse removing the
// standard rule, publish new terms. Only people with loan_rules.manage get the tabs.
class GuiLoanRulesTest : public QObject {
    Q_OBJECT

private:
    static int rows(DeskHarness &desk, const QString &command, const QString &table) {
        return Sql(desk.store().db(), QStringLiteral("SELECT count(*) FROM %1 WHERE command = :c").arg(table))
            .bind(QStringLiteral(":c"), command)
            .scalar()
            .toInt();
    }

    static LoanRule standardRule(DeskHarness &desk) {
        for (const LoanRule &r : LoanRules(desk.store().db()).all()) {
            if (LoanRulesModel::isStandardFallback(r)) {
                return r;
            }
        }
        qFatal("no standard rule");
    }

    // Signs in as admin, Ctrl+7 for Admin, then the tab by its mnemonic.
    static void openAdminTab(DeskHarness &desk, Qt::Key mnemonic) {
        desk.signIn(QStringLiteral("admin"));
        QTest::keyClick(&desk.window(), Qt::Key_7, Qt::ControlModifier);
        QTest::keyClick(&desk.window(), mnemonic, Qt::AltModifier);
        DeskHarness::settle();
    }

    // Every widget a person can reach with the keyboard in `root` that a screen reader would not name.
    static QStringList unnamedWidgets(QWidget *root, const QString &where) {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            // A widget that hands its focus on (a spin box's own line edit) is announced as the other one.
            if (widget->focusPolicy() == Qt::NoFocus || widget->focusProxy() || !widget->isVisibleTo(root) ||
                !widget->isEnabled()) {
                continue;
            }
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
                unnamed.append(QStringLiteral("%1: %2 %3")
                                   .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName()));
            }
        }
        return unnamed;
    }

private slots:
    void adminEditsLoanDaysInPlace() {
        DeskHarness desk;
        openAdminTab(desk, Qt::Key_R);
        auto *tabs = desk.find<QTabWidget>(QStringLiteral("adminTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("loanRulesTab"));
        auto *table = desk.find<QTableView>(QStringLiteral("loanRulesTable"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, LoanRulesModel::TypeColumn).data().toString(),
                 QStringLiteral("Any type"));
        QCOMPARE(table->model()->index(0, LoanRulesModel::BranchColumn).data().toString(),
                 QStringLiteral("Any branch"));
        // The tab's mnemonic puts the keyboard straight into the table, on the loan length.
        QCOMPARE(QApplication::focusWidget(), table);
        QCOMPARE(table->currentIndex().column(), int(LoanRulesModel::LoanDaysColumn));
        const int auditBefore = desk.store().count(QStringLiteral("audit"));

        QTest::keyClick(table, Qt::Key_F2);
        auto *editor = qobject_cast<QSpinBox *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->value(), 56);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("28"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(standardRule(desk).loanDays, 28);
        QCOMPARE(standardRule(desk).maxRenewals, 2); // the other values are kept
        QCOMPARE(desk.store().count(QStringLiteral("audit")), auditBefore + 1);
        QCOMPARE(rows(desk, QStringLiteral("loan_rule.set"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("loan_rule.set"), QStringLiteral("outbox")), 1);
        QTRY_COMPARE(table->model()->index(0, LoanRulesModel::LoanDaysColumn).data().toString(),
                     QStringLiteral("28"));
        auto *notice = desk.find<MessageBanner>(QStringLiteral("loanRulesNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(!notice->isError());

        // Typing a number on a value starts editing it too; a hard end date in the past is refused.
        table->setCurrentIndex(table->model()->index(0, LoanRulesModel::HardEndColumn));
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("01/01/2020"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(notice->isError());
        QVERIFY2(notice->text().contains(QStringLiteral("already passed")), qPrintable(notice->text()));
        QVERIFY(!standardRule(desk).hardEndDate.isValid());
        QCOMPARE(rows(desk, QStringLiteral("loan_rule.set"), QStringLiteral("audit")), 1);
    }

    void adminAddsARuleAndRemovesIt() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        openAdminTab(desk, Qt::Key_R);
        auto *panel = desk.find<LoanRulesPanel>(QStringLiteral("loanRulesTab"));
        QTest::keyClick(&desk.window(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY(
            desk.openDialog<LoanRuleDialog>()); // a mnemonic clicks after the button's short animation
        auto *dialog = desk.openDialog<LoanRuleDialog>();
        QVERIFY(dialog);
        QVERIFY(DeskHarness::waitUntilActive(dialog));
        auto *category = dialog->findChild<QComboBox *>(QStringLiteral("ruleCategory"));
        QCOMPARE(QApplication::focusWidget(), category);
        category->setCurrentIndex(category->findData(QStringLiteral("priority")));
        QTest::keyClick(category, Qt::Key_Tab);
        auto *type = dialog->findChild<QComboBox *>(QStringLiteral("ruleType"));
        QCOMPARE(QApplication::focusWidget(), type);
        type->setCurrentIndex(type->findData(QStringLiteral("TAB")));
        auto *days = dialog->findChild<QSpinBox *>(QStringLiteral("ruleLoanDays"));
        days->setFocus();
        days->selectAll();
        QTest::keyClicks(days, QStringLiteral("84"));
        QTest::keyClick(days, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<LoanRuleDialog>());
        const QList<LoanRule> all = LoanRules(desk.store().db()).all();
        QCOMPARE(all.size(), 2);
        const auto added = std::find_if(all.begin(), all.end(), [](const LoanRule &r) {
            return r.borrowerCategory == QLatin1String("priority");
        });
        QVERIFY(added != all.end());
        QCOMPARE(added->loanDays, 84);
        QVERIFY(!added->deviceTypeId.isEmpty());
        QVERIFY(added->branchId.isEmpty());
        QCOMPARE(panel->model()->rowCount(), 2);

        // Remove it: Alt+M, confirm with Alt+R.
        auto *table = desk.find<QTableView>(QStringLiteral("loanRulesTable"));
        table->setCurrentIndex(panel->model()->index(panel->model()->rowOfId(added->id), 0));
        QTest::keyClick(&desk.window(), Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(panel->openDialog());
        auto *confirm = qobject_cast<QMessageBox *>(panel->openDialog());
        QVERIFY(confirm);
        QVERIFY(DeskHarness::waitUntilActive(confirm));
        QTest::keyClick(confirm, Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(LoanRules(desk.store().db()).all().size(), 1); // the mnemonic clicks after its animation
        QCOMPARE(rows(desk, QStringLiteral("loan_rule.remove"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("loan_rule.remove"), QStringLiteral("outbox")), 1);
    }

    void removingTheStandardRuleIsRefused() {
        DeskHarness desk;
        openAdminTab(desk, Qt::Key_R);
        auto *panel = desk.find<LoanRulesPanel>(QStringLiteral("loanRulesTab"));
        auto *table = desk.find<QTableView>(QStringLiteral("loanRulesTable"));
        table->setFocus();
        QCOMPARE(table->currentIndex().row(), 0);
        const int auditBefore = desk.store().count(QStringLiteral("audit"));
        QTest::keyClick(&desk.window(), Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(panel->openDialog());
        auto *confirm = qobject_cast<QMessageBox *>(panel->openDialog());
        QVERIFY(confirm);
        QVERIFY(DeskHarness::waitUntilActive(confirm));
        QVERIFY(confirm->text().contains(QStringLiteral("Standard borrowers")));
        // Enter alone keeps the rule (the safe answer is the default) …
        QTest::keyClick(confirm, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!panel->openDialog());
        QCOMPARE(desk.store().count(QStringLiteral("audit")), auditBefore);
        // … and confirming gets the core's refusal, in words.
        QTest::keyClick(&desk.window(), Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(panel->openDialog());
        confirm = qobject_cast<QMessageBox *>(panel->openDialog());
        QVERIFY(confirm);
        QVERIFY(DeskHarness::waitUntilActive(confirm));
        QTest::keyClick(confirm, Qt::Key_R, Qt::AltModifier);
        auto *notice = desk.find<MessageBanner>(QStringLiteral("loanRulesNotice"));
        QTRY_VERIFY(notice->isError());
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("everyone's fallback")), qPrintable(notice->text()));
        QCOMPARE(LoanRules(desk.store().db()).all().size(), 1);
        QCOMPARE(desk.store().count(QStringLiteral("audit")), auditBefore);
        QCOMPARE(table->model()->rowCount(), 1);
    }

    void publishingTermsCreatesTheNextVersion() {
        DeskHarness desk;
        openAdminTab(desk, Qt::Key_T);
        auto *tabs = desk.find<QTabWidget>(QStringLiteral("adminTabs"));
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("loanTermsTab"));
        auto *history = desk.find<QTableView>(QStringLiteral("termsHistory"));
        QCOMPARE(history->model()->rowCount(), 1);
        QVERIFY(
            desk.find<QLabel>(QStringLiteral("termsInForce"))->text().contains(QStringLiteral("version 1")));
        const QString v1 = LoanTerms::current(desk.store().db(), desk.store().clock().today())->body;
        QCOMPARE(desk.find<QPlainTextEdit>(QStringLiteral("termsText"))->toPlainText(), v1);

        QTest::keyClick(&desk.window(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(desk.openDialog<PublishTermsDialog>());
        auto *dialog = desk.openDialog<PublishTermsDialog>();
        QVERIFY(dialog);
        QVERIFY(DeskHarness::waitUntilActive(dialog));
        auto *editor = dialog->findChild<QPlainTextEdit *>(QStringLiteral("termsEditor"));
        QCOMPARE(QApplication::focusWidget(), editor);
        QCOMPARE(editor->toPlainText(), v1); // a new version starts from the current text

        // Too short is refused in place; nothing is written.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Be kind."));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();
        QCOMPARE(desk.openDialog<PublishTermsDialog>(), dialog);
        QVERIFY(dialog->findChild<MessageBanner *>(QStringLiteral("publishTermsMessage"))
                    ->text()
                    .contains(QStringLiteral("too short")));
        QCOMPARE(desk.store().count(QStringLiteral("loan_terms")), 1);

        editor->selectAll();
        QTest::keyClicks(editor, v1 + QStringLiteral(" Chargers must be returned with the device."));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<PublishTermsDialog>());
        const std::optional<LoanTerms> current =
            LoanTerms::current(desk.store().db(), desk.store().clock().today());
        QVERIFY(current);
        QCOMPARE(current->termsVersion, 2);
        QVERIFY(current->body.endsWith(QStringLiteral("returned with the device.")));
        QCOMPARE(rows(desk, QStringLiteral("loan_terms.publish"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("loan_terms.publish"), QStringLiteral("outbox")), 1);
        QCOMPARE(history->model()->rowCount(), 2);
        QCOMPARE(history->model()->index(0, 0).data().toString(), QStringLiteral("2"));
        QCOMPARE(history->model()->index(0, 2).data().toString(), QStringLiteral("In force"));
        QCOMPARE(history->model()->index(1, 2).data().toString(), QStringLiteral("Replaced"));
        QVERIFY(
            desk.find<QLabel>(QStringLiteral("termsInForce"))->text().contains(QStringLiteral("version 2")));
    }

    void onlyLoanRuleManagersGetTheTabs() {
        // A librarian has no Admin section at all, so no Loan rules tab anywhere.
        {
            DeskHarness desk;
            desk.signIn(QStringLiteral("librarian"));
            QVERIFY(!desk.window().workspace()->sections().contains(SectionId::Admin));
            QVERIFY(!desk.find<QWidget>(QStringLiteral("adminPage")));
            QVERIFY(!desk.find<QWidget>(QStringLiteral("loanRulesTab")));
            QVERIFY(!desk.find<QWidget>(QStringLiteral("loanTermsTab")));
        }
        // Someone granted user administration but not loan rules sees people and branches only.
        DeskHarness desk;
        const Actor clerk(QStringLiteral("u-clerk"), QStringLiteral("clerk"), QStringLiteral("Clerk"),
                          Role::Librarian, desk.store().branchId(), {}, {Permission::AdminUsers});
        AdminPage page(desk.context(), clerk);
        QCOMPARE(page.tabs()->count(), 1);
        QVERIFY(!page.loanRulesPanel());
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("loanRulesTab")));
        // And an admin has all three.
        AdminPage adminPage(desk.context(), desk.store().admin());
        QCOMPARE(adminPage.tabs()->count(), 3);
    }

    // The tabs and dialogs, at normal and double text size: every reachable widget is named for screen
    // readers and every dialog fits a 1400 × 900 screen.
    void tabsAndDialogsAreNamedAndFitAtDoubleTextSize() {
        const QFont original = QApplication::font();
        for (const qreal scale : {1.0, 2.0}) {
            QFont font = original;
            font.setPointSizeF(original.pointSizeF() * scale);
            QApplication::setFont(font);
            DeskHarness desk;
            LoanFixtures fx(desk.store());
            openAdminTab(desk, Qt::Key_R);
            QStringList problems;
            auto *tabs = desk.find<QTabWidget>(QStringLiteral("adminTabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                problems += unnamedWidgets(tabs->currentWidget(), tabs->tabText(i));
            }
            auto check = [&](QDialog *dialog, const QString &name) {
                dialog->show();
                QCoreApplication::processEvents();
                problems += unnamedWidgets(dialog, name);
                const QSize needed = dialog->minimumSizeHint();
                if (needed.width() > 1400 || needed.height() > 900) {
                    problems.append(QStringLiteral("%1 needs %2×%3 at %4× text")
                                        .arg(name)
                                        .arg(needed.width())
                                        .arg(needed.height())
                                        .arg(scale));
                }
                dialog->hide();
            };
            const LoanRule rule = standardRule(desk);
            LoanRuleDialog add(desk.context(), desk.store().admin(), std::nullopt, {}, {}, {}, tabs);
            check(&add, QStringLiteral("new rule"));
            LoanRuleDialog edit(desk.context(), desk.store().admin(), rule, {}, {}, {}, tabs);
            check(&edit, QStringLiteral("change rule"));
            PublishTermsDialog publish(desk.context(), desk.store().admin(), QStringLiteral("Terms"), tabs);
            check(&publish, QStringLiteral("publish terms"));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        QApplication::setFont(original);
    }
};

QTEST_MAIN(GuiLoanRulesTest)
#include "GuiLoanRulesTest.moc"
