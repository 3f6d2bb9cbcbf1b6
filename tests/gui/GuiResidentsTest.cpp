#include "DeskHarness.h"
#include "MessageBanner.h"
#include "ResidentEditorDialog.h"
#include "ResidentsPage.h"
#include "Workspace.h"
#include "commands/CommandBus.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentRepository.h"
#include "store/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// The Residents section driven by keyboard only: add, refuse bad input in place, find as you type,
// scan a card, edit. Every save is checked in the store, with its audit and outbox rows.
class GuiResidentsTest : public QObject {
    Q_OBJECT

private:
    static int rows(DeskHarness &desk, const QString &command, const QString &table) {
        return Sql(desk.store().db(), QStringLiteral("SELECT count(*) FROM %1 WHERE command = :c").arg(table))
            .bind(QStringLiteral(":c"), command)
            .scalar()
            .toInt();
    }

    // The open resident editor, once it has the keyboard (nullptr when none is open).
    static ResidentEditorDialog *openEditor(DeskHarness &desk) {
        auto *editor = desk.openDialog<ResidentEditorDialog>();
        if (editor && !DeskHarness::waitUntilActive(editor)) {
            qWarning("the resident editor did not become active");
        }
        return editor;
    }

    static ResidentEditorDialog *pressCtrlN(DeskHarness &desk) {
        QTest::keyClick(&desk.window(), Qt::Key_N, Qt::ControlModifier);
        return openEditor(desk);
    }

    static QLineEdit *field(QWidget *dialog, const char *name) {
        auto *f = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!f) {
            qFatal("no field %s", name);
        }
        return f;
    }

    // Moves the keyboard focus on with Tab until it reaches the named field, as a person would.
    static void tabTo(QWidget *dialog, QWidget *target) {
        for (int i = 0; i < 40 && QApplication::focusWidget() != target; ++i) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : dialog, Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), target);
    }

private slots:
    void addsAResidentByKeyboard() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        const int auditBefore = desk.store().count(QStringLiteral("audit"));
        const int outboxBefore = desk.store().count(QStringLiteral("outbox"));

        ResidentEditorDialog *editor = pressCtrlN(desk);
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        QLineEdit *given = field(editor, "givenName");
        QCOMPARE(QApplication::focusWidget(), given);
        QTest::keyClicks(given, QStringLiteral("Amina"));
        QTest::keyClick(given, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Okafor"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(editor, "card"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("b1234567"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("14/07/1948"));
        tabTo(editor, field(editor, "phone"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("07700 900123"));
        tabTo(editor, field(editor, "postcode"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("ls73ab"));
        tabTo(editor, editor->findChild<QCheckBox *>(QStringLiteral("consentPhone")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        tabTo(editor, editor->findChild<QComboBox *>(QStringLiteral("borrowerCategory")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // standard → priority
        // Leaving the postcode tidied it to the stored form.
        QCOMPARE(field(editor, "postcode")->text(), QStringLiteral("LS7 3AB"));
        QTest::keyClick(field(editor, "givenName"), Qt::Key_Return);
        DeskHarness::settle();

        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
        const auto saved = ResidentRepository(desk.store().db())
                               .byCard(QStringLiteral("B1234567"), desk.store().librarian());
        QVERIFY(saved);
        QCOMPARE(saved->givenName, QStringLiteral("Amina"));
        QCOMPARE(saved->familyName, QStringLiteral("Okafor"));
        QCOMPARE(saved->postcode, QStringLiteral("LS7 3AB"));
        QCOMPARE(saved->phone, QStringLiteral("07700 900123"));
        QCOMPARE(saved->dateOfBirth, QDate(1948, 7, 14));
        QCOMPARE(saved->borrowerCategory, QStringLiteral("priority"));
        QVERIFY(saved->consentPhone);
        QVERIFY(!saved->consentEmail);
        QCOMPARE(saved->homeBranchId, desk.store().branchId()); // the librarian's branch by default
        QCOMPARE(desk.store().count(QStringLiteral("audit")), auditBefore + 1);
        QCOMPARE(desk.store().count(QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(rows(desk, QStringLiteral("resident.add"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("resident.add"), QStringLiteral("outbox")), 1);
        QCOMPARE(
            Sql(desk.store().db(), QStringLiteral("SELECT username FROM audit ORDER BY seq DESC LIMIT 1"))
                .scalar(),
            QVariant(QStringLiteral("librarian")));

        // The list shows the new resident, selected, with a confirmation.
        auto *results = desk.find<QTableView>(QStringLiteral("residentResults"));
        QCOMPARE(results->model()->rowCount(), 1);
        QCOMPARE(results->currentIndex().row(), 0);
        QCOMPARE(results->model()->index(0, 1).data().toString(), QStringLiteral("Amina Okafor"));
        auto *notice = desk.find<MessageBanner>(QStringLiteral("residentNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("B1234567")));
    }

    void invalidPostcodeIsRefusedInPlace() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        const int auditBefore = desk.store().count(QStringLiteral("audit"));
        ResidentEditorDialog *editor = pressCtrlN(desk);
        QVERIFY(editor);
        QTest::keyClicks(field(editor, "givenName"), QStringLiteral("Jan"));
        QTest::keyClicks(field(editor, "familyName"), QStringLiteral("Kowalski"));
        QTest::keyClicks(field(editor, "phone"), QStringLiteral("07700 900456"));
        QLineEdit *postcode = field(editor, "postcode");
        QTest::keyClicks(postcode, QStringLiteral("LS99 ABC"));
        QTest::keyClick(postcode, Qt::Key_Return);
        DeskHarness::settle();

        QCOMPARE(desk.openDialog<ResidentEditorDialog>(), editor);
        QVERIFY(editor->isVisible());
        auto *message = editor->findChild<MessageBanner *>(QStringLiteral("editorMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("not a UK postcode")), qPrintable(message->text()));
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("postcodeProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(postcode->property("problem").toBool());
        QVERIFY(!field(editor, "givenName")->property("problem").toBool());
        QCOMPARE(QApplication::focusWidget(), postcode);
        // Everything typed is still there.
        QCOMPARE(field(editor, "givenName")->text(), QStringLiteral("Jan"));
        QCOMPARE(field(editor, "familyName")->text(), QStringLiteral("Kowalski"));
        QCOMPARE(field(editor, "phone")->text(), QStringLiteral("07700 900456"));
        QCOMPARE(postcode->text(), QStringLiteral("LS99 ABC"));
        QCOMPARE(desk.store().count(QStringLiteral("residents")), 0);
        QCOMPARE(desk.store().count(QStringLiteral("audit")), auditBefore);

        // Fixing it clears the mark as the person types, and then the save goes through.
        postcode->selectAll();
        QTest::keyClicks(postcode, QStringLiteral("LS8 1DF"));
        QVERIFY(!problem->isVisible());
        QVERIFY(!postcode->property("problem").toBool());
        QVERIFY(!message->isVisible());
        QTest::keyClick(postcode, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
        QCOMPARE(desk.store().count(QStringLiteral("residents")), 1);
    }

    void refusalFromTheWritePathKeepsTheDialogOpen() {
        DeskHarness desk;
        const QString id =
            desk.addResident(QStringLiteral("Amina"), QStringLiteral("Okafor"), QStringLiteral("B1000001"));
        desk.signIn(QStringLiteral("librarian"));
        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        QTest::keyClicks(search, QStringLiteral("B1000001"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *editor = openEditor(desk);
        QVERIFY(editor);

        // Meanwhile another desk changes the same resident.
        auto other = ResidentRepository(desk.store().db()).loadForWrite(id);
        other->notes = QStringLiteral("Prefers mornings");
        EditResidentCommand elsewhere(*other, desk.store().clock());
        QVERIFY(desk.store().bus().execute(elsewhere, desk.store().coordinator()).ok());

        QLineEdit *phone = field(editor, "phone");
        QTest::keyClicks(phone, QStringLiteral("07700 900111"));
        QTest::keyClick(phone, Qt::Key_Return);
        DeskHarness::settle();
        QCOMPARE(desk.openDialog<ResidentEditorDialog>(), editor);
        auto *message = editor->findChild<MessageBanner *>(QStringLiteral("editorMessage"));
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("Someone else changed")),
                 qPrintable(message->text()));
        QCOMPARE(phone->text(), QStringLiteral("07700 900111"));
        QCOMPARE(ResidentRepository(desk.store().db()).loadForWrite(id)->phone, QString());
    }

    void searchAsYouTypeFindsPartOfAName() {
        DeskHarness desk;
        desk.addResident(QStringLiteral("Margaret"), QStringLiteral("O'Brien"), QStringLiteral("C7654321"),
                         QStringLiteral("LS6 2AX"), QStringLiteral("0113 496 0456"));
        desk.addResident(QStringLiteral("Dylan"), QStringLiteral("Evans"), QStringLiteral("C7654322"));
        desk.signIn(QStringLiteral("librarian"));
        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        auto *results = desk.find<QTableView>(QStringLiteral("residentResults"));
        QCOMPARE(QApplication::focusWidget(), search);

        QTest::keyClicks(search, QStringLiteral("brie"));
        // Nothing is searched while the person is still typing …
        QCOMPARE(results->model()->rowCount(), 0);
        // … and the results arrive a moment later.
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, 2000);
        QCOMPARE(results->model()->index(0, 1).data().toString(), QStringLiteral("Margaret O'Brien"));
        QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("C7654321"));
        QCOMPARE(results->model()->index(0, 2).data().toString(), QStringLiteral("LS6 2AX"));
        QCOMPARE(results->model()->index(0, 3).data().toString(), QStringLiteral("0113 496 0456"));

        // Down walks into the results; Enter opens the selected resident.
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), results);
        QTest::keyClick(results, Qt::Key_Return);
        auto *editor = openEditor(desk);
        QVERIFY(editor);
        QCOMPARE(field(editor, "familyName")->text(), QStringLiteral("O'Brien"));
        QTest::keyClick(editor, Qt::Key_Escape);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
        QTRY_COMPARE(QApplication::focusWidget(), search);

        // Clearing the search clears the list.
        search->selectAll();
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 0, 2000);
    }

    void scannedCardAndEnterOpensTheResident() {
        DeskHarness desk;
        desk.addResident(QStringLiteral("Margaret"), QStringLiteral("O'Brien"), QStringLiteral("C7654321"));
        desk.addResident(QStringLiteral("Mags"), QStringLiteral("Brien"), QStringLiteral("C7654320"));
        desk.signIn(QStringLiteral("librarian"));
        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        // A scanner types quickly and presses Enter before the pause has passed.
        QTest::keyClicks(search, QStringLiteral("C7654321"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *editor = openEditor(desk);
        QVERIFY(editor);
        QVERIFY(!editor->isNew());
        QCOMPARE(field(editor, "card")->text(), QStringLiteral("C7654321"));
        QCOMPARE(field(editor, "givenName")->text(), QStringLiteral("Margaret"));
    }

    void unknownCardIsOfferedToNewResident() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        QTest::keyClicks(search, QStringLiteral("D5550001"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
        auto *notice = desk.find<MessageBanner>(QStringLiteral("residentNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("Ctrl+N")));
        ResidentEditorDialog *editor = pressCtrlN(desk);
        QVERIFY(editor);
        QCOMPARE(field(editor, "card")->text(), QStringLiteral("D5550001"));
    }

    void editsAPhoneNumber() {
        DeskHarness desk;
        const QString id =
            desk.addResident(QStringLiteral("Grace"), QStringLiteral("Mensah"), QStringLiteral("B1000007"),
                             QStringLiteral("LS7 1EW"), QStringLiteral("07700 900654"));
        desk.signIn(QStringLiteral("librarian"));
        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        QTest::keyClicks(search, QStringLiteral("B1000007"));
        QTest::keyClick(search, Qt::Key_Return);
        auto *editor = openEditor(desk);
        QVERIFY(editor);
        QLineEdit *phone = field(editor, "phone");
        tabTo(editor, phone);
        QTest::keyClick(phone, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(phone, QStringLiteral("0113 496 0999"));
        QTest::keyClick(phone, Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves as well as Enter
        DeskHarness::settle();

        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
        const auto saved = ResidentRepository(desk.store().db()).loadForWrite(id);
        QCOMPARE(saved->phone, QStringLiteral("0113 496 0999"));
        QCOMPARE(saved->version, 2);
        QCOMPARE(rows(desk, QStringLiteral("resident.edit"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("resident.edit"), QStringLiteral("outbox")), 1);
        // The audit keeps which fields changed, never the number itself.
        const QString payload =
            Sql(desk.store().db(),
                QStringLiteral("SELECT payload FROM audit WHERE command = 'resident.edit'"))
                .scalar()
                .toString();
        QVERIFY(payload.contains(QStringLiteral("phone")));
        QVERIFY(!payload.contains(QStringLiteral("0999")));
        auto *results = desk.find<QTableView>(QStringLiteral("residentResults"));
        QCOMPARE(results->model()->index(results->currentIndex().row(), 3).data().toString(),
                 QStringLiteral("0113 496 0999"));
    }

    void volunteerSeesOnlyTheirResidentsAndCannotEdit() {
        DeskHarness desk;
        TestStore &ts = desk.store();
        const QString mine =
            desk.addResident(QStringLiteral("Amina"), QStringLiteral("Okafor"), QStringLiteral("B1000001"));
        desk.addResident(QStringLiteral("Amir"), QStringLiteral("Okafor"), QStringLiteral("B1000009"));
        Sql(ts.db(), QStringLiteral(
                         "INSERT INTO bookings(id, volunteer_id, resident_id, channel, starts_at, minutes, "
                         "updated_at) VALUES ('b1', :v, :r, 'phone', '2026-03-03T10:00:00.000Z', 60, :now)"))
            .bind(QStringLiteral(":v"), ts.volunteerRecordId())
            .bind(QStringLiteral(":r"), mine)
            .bind(QStringLiteral(":now"), ts.clock().now().toString(Qt::ISODateWithMs))
            .exec();
        desk.signIn(QStringLiteral("volunteer"));
        QVERIFY(!desk.find<QPushButton>(QStringLiteral("newResidentButton"))->isVisible());
        QTest::keyClick(&desk.window(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!desk.openDialog<ResidentEditorDialog>());

        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        auto *results = desk.find<QTableView>(QStringLiteral("residentResults"));
        QTest::keyClicks(search, QStringLiteral("okafor"));
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, 2000);
        QCOMPARE(results->model()->index(0, 0).data().toString(), QStringLiteral("B1000001"));

        QTest::keyClick(search, Qt::Key_Return); // the one hit opens
        auto *editor = openEditor(desk);
        QVERIFY(editor);
        QVERIFY(editor->isReadOnly());
        QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isVisible());
        QVERIFY(field(editor, "givenName")->isReadOnly());
        // Even if Enter or Ctrl+S reach the form, nothing is written.
        const int before = ts.count(QStringLiteral("audit"));
        QTest::keyClick(field(editor, "givenName"), Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();
        QCOMPARE(ts.count(QStringLiteral("audit")), before);

        // Another volunteer's resident cannot be reached by card either.
        QTest::keyClick(&desk.window(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(search, QStringLiteral("B1000009"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
    }
};

QTEST_MAIN(GuiResidentsTest)
#include "GuiResidentsTest.moc"
