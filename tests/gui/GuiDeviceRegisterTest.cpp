#include "DataTable.h"
#include "DeskHarness.h"
#include "LoanFixtures.h"
#include "MessageBanner.h"
#include "Workspace.h"
#include "devices/AddSimDialog.h"
#include "devices/AssetLabelsDialog.h"
#include "devices/DataOffersPanel.h"
#include "devices/DeviceEditorDialog.h"
#include "devices/DeviceImportDialog.h"
#include "devices/DeviceMovementCommands.h"
#include "devices/DeviceRegisterPanel.h"
#include "devices/DeviceRepository.h"
#include "devices/DeviceStepDialog.h"
#include "devices/DeviceTypeDialog.h"
#include "devices/DevicesPage.h"
#include "devices/ImportMappingForm.h"
#include "devices/IssueDataOfferDialog.h"
#include "devices/LabelSheet.h"
#include "devices/QrCode.h"
#include "store/Sql.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The Devices section driven from the keyboard as a librarian would: add and edit devices, scan tags,
// the status steps and their refusals, the CSV import with a bad row, asset labels, SIMs and data offers.
// Every change is checked in the store with its audit and outbox rows.
class GuiDeviceRegisterTest : public QObject {
    Q_OBJECT

private:
    static int rows(DeskHarness &desk, const QString &command, const QString &table) {
        return Sql(desk.store().db(), QStringLiteral("SELECT count(*) FROM %1 WHERE command = :c").arg(table))
            .bind(QStringLiteral(":c"), command)
            .scalar()
            .toInt();
    }

    // Signs in and goes to Devices with Ctrl+8, as a person at the desk would.
    static DeviceRegisterPanel *openDevices(DeskHarness &desk,
                                            const QString &user = QStringLiteral("librarian")) {
        desk.signIn(user);
        QTest::keyClick(&desk.window(), Qt::Key_8, Qt::ControlModifier);
        DeskHarness::settle();
        return desk.find<DeviceRegisterPanel>(QStringLiteral("deviceRegisterPanel"));
    }

    // The open dialog of type T once it has the keyboard. A button's mnemonic (Alt+A …) clicks it after the
    // short "pressed" animation, so the dialog may take a moment to appear.
    template <typename T> static T *activeDialog(DeskHarness &desk) {
        if (!QTest::qWaitFor([&desk] { return desk.openDialog<T>() != nullptr; }, 2000)) {
            return nullptr;
        }
        T *dialog = desk.openDialog<T>();
        if (dialog && !DeskHarness::waitUntilActive(dialog)) {
            qWarning("the dialog did not become active");
        }
        return dialog;
    }

    static void scan(DeskHarness &desk, const QString &code) {
        auto *filter = desk.find<QLineEdit>(QStringLiteral("deviceFilter"));
        filter->setFocus();
        filter->selectAll();
        QTest::keyClicks(filter, code);
        QTest::keyClick(filter, Qt::Key_Return);
        DeskHarness::settle();
    }

    static QString tagOfCurrent(DeviceRegisterPanel *panel) {
        const std::optional<Device> d = panel->currentDevice();
        return d ? d->tag : QString();
    }

    static DeviceStepDialog *startStep(DeskHarness &desk, DeviceRegisterPanel *panel, DeviceStep step) {
        QAction *action = panel->stepAction(step);
        if (!action->isEnabled()) {
            return nullptr;
        }
        action->trigger();
        return activeDialog<DeviceStepDialog>(desk);
    }

    static QString writeFile(const QString &dir, const QString &name, const QByteArray &bytes) {
        const QString path = dir + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
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
    void devicesSectionFollowsTheRole_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("sees");
        QTest::newRow("librarian") << QStringLiteral("librarian") << true;
        QTest::newRow("coordinator") << QStringLiteral("coordinator") << true;
        QTest::newRow("admin") << QStringLiteral("admin") << true;
        QTest::newRow("volunteer") << QStringLiteral("volunteer") << false;
    }

    void devicesSectionFollowsTheRole() {
        QFETCH(QString, user);
        QFETCH(bool, sees);
        DeskHarness desk;
        desk.signIn(user);
        MainWindow &w = desk.window();
        QCOMPARE(w.workspace()->sections().contains(SectionId::Devices), sees);
        QCOMPARE(desk.find<QWidget>(QStringLiteral("devicesPage")) != nullptr, sees);
        QTest::keyClick(&w, Qt::Key_8, Qt::ControlModifier);
        QCOMPARE(w.workspace()->currentSection() == SectionId::Devices, sees);
        if (sees) {
            QCOMPARE(desk.find<QLabel>(QStringLiteral("sectionTitle"))->text(), QStringLiteral("Devices"));
            // The keyboard lands in the filter box, ready for a scan.
            QCOMPARE(QApplication::focusWidget(), desk.find<QLineEdit>(QStringLiteral("deviceFilter")));
            // Device types are an administrator's (loan_rules.manage).
            QCOMPARE(!desk.find<QPushButton>(QStringLiteral("addDeviceTypeButton"))->isHidden(),
                     user == QLatin1String("admin"));
        }
    }

    void addsADeviceByKeyboardAndRefusesADuplicateTag() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        DeviceRegisterPanel *panel = openDevices(desk);
        QVERIFY(panel);
        const int auditBefore = desk.store().count(QStringLiteral("audit"));
        const int outboxBefore = desk.store().count(QStringLiteral("outbox"));

        QTest::keyClick(&desk.window(), Qt::Key_A, Qt::AltModifier);
        auto *editor = activeDialog<DeviceEditorDialog>(desk);
        QVERIFY(editor);
        QVERIFY(editor->isNew());
        auto *tag = editor->findChild<QLineEdit *>(QStringLiteral("deviceTag"));
        QCOMPARE(QApplication::focusWidget(), tag);
        // The scanner types the label and Enter: the form moves on instead of saving.
        QTest::keyClicks(tag, QStringLiteral(" tab0100"));
        QTest::keyClick(tag, Qt::Key_Return);
        QVERIFY(editor->isVisible());
        QCOMPARE(tag->text(), QStringLiteral("TAB0100"));
        auto *type = editor->findChild<QComboBox *>(QStringLiteral("deviceType"));
        QCOMPARE(QApplication::focusWidget(), type);
        QTest::keyClicks(type, QStringLiteral("T")); // TAB — TAB device
        QCOMPARE(type->currentData().toString(), QStringLiteral("TAB"));
        auto *serial = editor->findChild<QLineEdit *>(QStringLiteral("deviceSerial"));
        for (int i = 0; i < 6 && QApplication::focusWidget() != serial; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), serial);
        QTest::keyClicks(serial, QStringLiteral("HGX10100"));
        QTest::keyClick(serial, Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Lenovo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Tab M10"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("30/09/2025"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();

        QVERIFY(!desk.openDialog<DeviceEditorDialog>());
        const std::optional<Device> saved =
            DeviceRepository(desk.store().db()).byTag(QStringLiteral("TAB0100"));
        QVERIFY(saved);
        QCOMPARE(saved->type.code, QStringLiteral("TAB"));
        QCOMPARE(saved->branch.code, QStringLiteral("CEN")); // the librarian's branch
        QCOMPARE(saved->serial, QStringLiteral("HGX10100"));
        QCOMPARE(saved->make, QStringLiteral("Lenovo"));
        QCOMPARE(saved->model, QStringLiteral("Tab M10"));
        QCOMPARE(saved->acquiredOn, QDate(2025, 9, 30));
        QCOMPARE(saved->status, DeviceStatus::Available);
        QCOMPARE(desk.store().count(QStringLiteral("audit")), auditBefore + 1);
        QCOMPARE(desk.store().count(QStringLiteral("outbox")), outboxBefore + 1);
        QCOMPARE(rows(desk, QStringLiteral("device.add"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("device.add"), QStringLiteral("outbox")), 1);
        // The register shows it, selected, with the confirmation.
        QCOMPARE(tagOfCurrent(panel), QStringLiteral("TAB0100"));
        auto *notice = desk.find<MessageBanner>(QStringLiteral("deviceNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("TAB0100")), qPrintable(notice->text()));

        // The same tag again is refused in the dialog; nothing is written and what was typed stays.
        const QString before = fx.snapshot();
        QTest::keyClick(&desk.window(), Qt::Key_A, Qt::AltModifier);
        editor = activeDialog<DeviceEditorDialog>(desk);
        QVERIFY(editor);
        tag = editor->findChild<QLineEdit *>(QStringLiteral("deviceTag"));
        QTest::keyClicks(tag, QStringLiteral("TAB0100"));
        QTest::keyClick(tag, Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();
        QCOMPARE(desk.openDialog<DeviceEditorDialog>(), editor);
        auto *message = editor->findChild<MessageBanner *>(QStringLiteral("deviceEditorMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("already in the register")),
                 qPrintable(message->text()));
        QCOMPARE(tag->text(), QStringLiteral("TAB0100"));
        QCOMPARE(fx.snapshot(), before);
        QTest::keyClick(tag, Qt::Key_Escape);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<DeviceEditorDialog>());
    }

    void editsADeviceFromTheRegister() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addDevice(QStringLiteral("TAB0001"));
        DeviceRegisterPanel *panel = openDevices(desk);
        scan(desk, QStringLiteral("tab0001"));
        QCOMPARE(tagOfCurrent(panel), QStringLiteral("TAB0001"));
        QCOMPARE(QApplication::focusWidget(), desk.find<QTableView>(QStringLiteral("deviceRegister")));
        // Enter on the selected row opens it.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *editor = activeDialog<DeviceEditorDialog>(desk);
        QVERIFY(editor);
        QVERIFY(!editor->isNew());
        QVERIFY(!editor->findChild<QComboBox *>(QStringLiteral("deviceBranch"))->isEnabled());
        auto *notes = editor->findChild<QWidget *>(QStringLiteral("deviceNotes"));
        notes->setFocus();
        QTest::keyClicks(notes, QStringLiteral("Case has a crack"));
        QTest::keyClick(notes, Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<DeviceEditorDialog>());
        QCOMPARE(DeviceRepository(desk.store().db()).byTag(QStringLiteral("TAB0001"))->notes,
                 QStringLiteral("Case has a crack"));
        QCOMPARE(rows(desk, QStringLiteral("device.edit"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("device.edit"), QStringLiteral("outbox")), 1);
    }

    void scanningSelectsTheDeviceOrSaysWhatWasScanned() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addDevice(QStringLiteral("TAB0001"));
        fx.addDevice(QStringLiteral("TAB0002"));
        fx.addDevice(QStringLiteral("TAB0003"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                     DeviceStatus::Retired);
        fx.addResident(QStringLiteral("B1000001"));
        DeviceRegisterPanel *panel = openDevices(desk);
        auto *table = desk.find<QTableView>(QStringLiteral("deviceRegister"));
        QCOMPARE(table->model()->rowCount(), 2); // in service: the retired one is not listed

        // A retired device's tag still finds it: the filter widens to show it.
        scan(desk, QStringLiteral("tab0003"));
        QCOMPARE(tagOfCurrent(panel), QStringLiteral("TAB0003"));
        QCOMPARE(QApplication::focusWidget(), table);
        QVERIFY(desk.find<QLabel>(QStringLiteral("registerDeviceDetails"))
                    ->text()
                    .contains(QStringLiteral("retired")));

        auto *notice = desk.find<MessageBanner>(QStringLiteral("deviceNotice"));
        scan(desk, QStringLiteral("B1000001"));
        QVERIFY(notice->isError());
        QVERIFY2(notice->text().contains(QStringLiteral("library card")), qPrintable(notice->text()));
        scan(desk, QStringLiteral("ZZZ999"));
        QVERIFY(notice->isError());
        QVERIFY2(notice->text().contains(QStringLiteral("No device has the tag ZZZ999")),
                 qPrintable(notice->text()));
    }

    void repairAndBackThenRetireByKeyboard() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addDevice(QStringLiteral("TAB0001"));
        DeviceRegisterPanel *panel = openDevices(desk);
        scan(desk, QStringLiteral("TAB0001"));

        // Alt+S opens the status menu; R is "Send to repair".
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activePopupWidget());
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R);
        });
        QTest::keyClick(&desk.window(), Qt::Key_S, Qt::AltModifier);
        auto *step = activeDialog<DeviceStepDialog>(desk);
        QVERIFY(step);
        QCOMPARE(step->step(), DeviceStep::SendToRepair);
        auto *reason = step->findChild<QLineEdit *>(QStringLiteral("stepReason"));
        QCOMPARE(QApplication::focusWidget(), reason);
        QTest::keyClicks(reason, QStringLiteral("Screen cracked"));
        QTest::keyClick(reason, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<DeviceStepDialog>());
        QCOMPARE(fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("in_repair"));
        QCOMPARE(rows(desk, QStringLiteral("device.repair_send"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("device.repair_send"), QStringLiteral("outbox")), 1);
        QVERIFY(DeviceRepository(desk.store().db())
                    .byTag(QStringLiteral("TAB0001"))
                    ->notes.contains(QStringLiteral("Screen cracked")));
        // The menu now offers only what an in-repair device can do.
        QVERIFY(!panel->stepAction(DeviceStep::SendToRepair)->isEnabled());
        QVERIFY(panel->stepAction(DeviceStep::ReturnFromRepair)->isEnabled());

        step = startStep(desk, panel, DeviceStep::ReturnFromRepair);
        QVERIFY(step);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        DeskHarness::settle();
        QCOMPARE(fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("awaiting_wipe"));
        QCOMPARE(rows(desk, QStringLiteral("device.repair_return"), QStringLiteral("audit")), 1);

        // Retiring asks for the tick first; without it nothing happens.
        step = startStep(desk, panel, DeviceStep::Retire);
        QVERIFY(step);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Battery swollen"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        DeskHarness::settle();
        QCOMPARE(desk.openDialog<DeviceStepDialog>(), step);
        QVERIFY(step->findChild<MessageBanner *>(QStringLiteral("stepMessage"))->isError());
        QCOMPARE(fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("awaiting_wipe"));
        auto *confirm = step->findChild<QCheckBox *>(QStringLiteral("stepConfirm"));
        QCOMPARE(QApplication::focusWidget(), confirm);
        QTest::keyClick(confirm, Qt::Key_Space);
        QTest::keyClick(confirm, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<DeviceStepDialog>());
        QCOMPARE(fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("retired"));
        QCOMPARE(rows(desk, QStringLiteral("device.retire"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("device.retire"), QStringLiteral("outbox")), 1);
        for (DeviceStep s : DeviceStepDialog::allSteps()) {
            QVERIFY(!panel->stepAction(s)->isEnabled()); // nothing leads out of retired
        }
    }

    void stepRefusedByTheCoreChangesNothing() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addDevice(QStringLiteral("TAB0002"));
        fx.addResident(QStringLiteral("B1000001"));
        fx.addDevice(QStringLiteral("TAB0004"));
        QVERIFY(fx.checkOut(QStringLiteral("B1000001"), QStringLiteral("TAB0004")).ok());
        DeviceRegisterPanel *panel = openDevices(desk);

        // A device on loan cannot go to repair from here (it is checked in as damaged instead).
        scan(desk, QStringLiteral("TAB0004"));
        QVERIFY(!panel->stepAction(DeviceStep::SendToRepair)->isEnabled());
        QVERIFY(panel->stepAction(DeviceStep::MarkLost)->isEnabled());

        // The list said "available", but another desk sent it to repair meanwhile: the command refuses.
        scan(desk, QStringLiteral("TAB0002"));
        DeviceStepDialog *step = startStep(desk, panel, DeviceStep::TransferSend);
        QVERIFY(step);
        SendToRepairCommand elsewhere(QStringLiteral("TAB0002"), QStringLiteral("fan"));
        QVERIFY(desk.store().bus().execute(elsewhere, desk.store().coordinator()).ok());
        const QString before = fx.snapshot();
        auto *branch = step->findChild<QComboBox *>(QStringLiteral("stepBranch"));
        QCOMPARE(branch->currentData().toString(), QStringLiteral("NOR")); // never its own branch
        QTest::keyClick(branch, Qt::Key_Return);
        DeskHarness::settle();
        QCOMPARE(desk.openDialog<DeviceStepDialog>(), step);
        auto *message = step->findChild<MessageBanner *>(QStringLiteral("stepMessage"));
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("TAB0002 is in repair")),
                 qPrintable(message->text()));
        QCOMPARE(fx.snapshot(), before);
        QCOMPARE(rows(desk, QStringLiteral("device.transfer_send"), QStringLiteral("audit")), 0);
        QTest::keyClick(branch, Qt::Key_Escape);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<DeviceStepDialog>());
    }

    void csvImportListsBadLinesAndImportsOnlyWhenAsked() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addDevice(QStringLiteral("TAB0001"));
        DeviceRegisterPanel *panel = openDevices(desk);
        // A Snipe-IT custom asset report; line 4 has a stray quote mark inside a field.
        const QByteArray csv =
            "Company,Asset Name,Asset Tag,Model,Model "
            "No.,Category,Manufacturer,Serial,Location,Status,Purchased,"
            "Notes\r\n"
            "Kirkbeck Council,Tablet 1,LIB-00101,Tab M10,TB-X505F,Tablets,Lenovo,HGX1001,Central Library,"
            "Ready to Deploy,2024-09-30 00:00:00,\r\n"
            "Kirkbeck Council,Tablet 2,LIB-00102,Tab M10,TB-X505F,Tablets,Lenovo,HGX1002,Central "
            "Library,Pending,"
            "30/09/2024,\"Scuffed, works\"\r\n"
            "Kirkbeck Council,Tablet 3,LIB-001\"03,Tab M10,TB-X505F,Tablets,Lenovo,HGX1003,Central Library,"
            "Ready to Deploy,,\r\n"
            "Kirkbeck Council,Tablet 4,LIB-00104,Tab M10,TB-X505F,Tablets,Lenovo,HGX1004,Central Library,"
            "Ready to Deploy,,\r\n";
        const QString path = writeFile(desk.store().dir(), QStringLiteral("assets.csv"), csv);

        QTest::keyClick(&desk.window(), Qt::Key_I, Qt::AltModifier);
        auto *dialog = activeDialog<DeviceImportDialog>(desk);
        QVERIFY(dialog);
        QCOMPARE(dialog->step(), DeviceImportDialog::Step::File);
        auto *pathEdit = dialog->findChild<QLineEdit *>(QStringLiteral("importFilePath"));
        QCOMPARE(QApplication::focusWidget(), pathEdit);
        QTest::keyClicks(pathEdit, path);
        QTest::keyClick(pathEdit, Qt::Key_Return); // loads the preview
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("importPreview"));
        QCOMPARE(preview->model()->rowCount(), 3); // the readable rows
        QCOMPARE(preview->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Asset Tag"));
        QTest::keyClick(pathEdit, Qt::Key_Return); // and on to the columns
        QCOMPARE(dialog->step(), DeviceImportDialog::Step::Columns);

        // The Snipe-IT names are recognised; "Company" is not imported.
        ImportMappingForm *mapping = dialog->mapping();
        QCOMPARE(mapping->columnCombo(0)->currentData().toString(), QStringLiteral("ignore"));
        QCOMPARE(mapping->columnCombo(2)->currentData().toString(), QStringLiteral("tag"));
        QCOMPARE(mapping->columnCombo(5)->currentData().toString(), QStringLiteral("type"));
        QCOMPARE(mapping->columnCombo(8)->currentData().toString(), QStringLiteral("branch"));
        QCOMPARE(mapping->columnCombo(10)->currentData().toString(), QStringLiteral("acquired_on"));
        // "Tablets" is not a type here: map it to TAB, as --type-map would.
        QComboBox *tablets = mapping->typeValueCombo(QStringLiteral("Tablets"));
        QVERIFY(tablets);
        tablets->setCurrentIndex(tablets->findData(QStringLiteral("TAB")));
        QVERIFY(mapping->branchValueCombo(QStringLiteral("Central Library")));

        const QString before = fx.snapshot();
        dialog->findChild<QPushButton *>(QStringLiteral("importNextButton"))->click();
        QCOMPARE(dialog->step(), DeviceImportDialog::Step::Check);
        auto *problems = dialog->findChild<QTableView *>(QStringLiteral("importProblems"));
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(problems->model()->index(0, 0).data().toString(), QStringLiteral("4"));
        QVERIFY2(problems->model()->index(0, 1).data().toString().contains(QStringLiteral("quote")),
                 qPrintable(problems->model()->index(0, 1).data().toString()));
        QCOMPARE(dialog->plan().rows.size(), 3);
        auto *validOnly = dialog->findChild<QCheckBox *>(QStringLiteral("importValidOnly"));
        QVERIFY(validOnly->isVisible());
        QVERIFY(!validOnly->isChecked());

        // Import with a bad row and the box unticked: refused, nothing written.
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("importButton"));
        QCOMPARE(QApplication::focusWidget(), importButton);
        QTest::keyClick(importButton, Qt::Key_Return);
        DeskHarness::settle();
        QCOMPARE(dialog->step(), DeviceImportDialog::Step::Check);
        auto *message = dialog->findChild<MessageBanner *>(QStringLiteral("importMessage"));
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("Nothing was imported")),
                 qPrintable(message->text()));
        QCOMPARE(fx.snapshot(), before);

        // "Import only the valid rows": the three good rows go in, in one command.
        QTest::keyClick(dialog, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(validOnly->isChecked()); // after the mnemonic's short "pressed" animation
        importButton->click();
        DeskHarness::settle();
        QCOMPARE(dialog->step(), DeviceImportDialog::Step::Done);
        QVERIFY(dialog->imported());
        QVERIFY2(dialog->resultSummary().contains(QStringLiteral("Imported 3 device(s)")),
                 qPrintable(dialog->resultSummary()));
        const DeviceRepository repo(desk.store().db());
        QCOMPARE(repo.list().size(), 4);
        QCOMPARE(repo.byTag(QStringLiteral("LIB-00101"))->status, DeviceStatus::Available);
        QCOMPARE(repo.byTag(QStringLiteral("LIB-00102"))->status, DeviceStatus::AwaitingWipe);
        QCOMPARE(repo.byTag(QStringLiteral("LIB-00102"))->acquiredOn, QDate(2024, 9, 30));
        QCOMPARE(repo.byTag(QStringLiteral("LIB-00104"))->type.code, QStringLiteral("TAB"));
        QVERIFY(!repo.byTag(QStringLiteral("LIB-00103")));
        QCOMPARE(rows(desk, QStringLiteral("device.import"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("device.import"), QStringLiteral("outbox")), 1);
        auto *notes = dialog->findChild<QWidget *>(QStringLiteral("importResultNotes"));
        QVERIFY(notes->isVisible());

        QTest::keyClick(dialog, Qt::Key_Return); // Close
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<DeviceImportDialog>());
        QCOMPARE(desk.find<QTableView>(QStringLiteral("deviceRegister"))->model()->rowCount(), 4);
        QVERIFY(desk.find<MessageBanner>(QStringLiteral("deviceNotice"))
                    ->text()
                    .contains(QStringLiteral("Imported")));
        QVERIFY(panel);
    }

    void csvWithOnlyBadRowsCannotBeImported() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        openDevices(desk);
        const QString path = writeFile(desk.store().dir(), QStringLiteral("bad.csv"),
                                       "Asset Tag,Category,Location\nLIB-1,Nope,Central Library\n");
        QTest::keyClick(&desk.window(), Qt::Key_I, Qt::AltModifier);
        auto *dialog = activeDialog<DeviceImportDialog>(desk);
        QVERIFY(dialog);
        QVERIFY(dialog->loadFile(path));
        dialog->goNext();
        dialog->goNext();
        QCOMPARE(dialog->step(), DeviceImportDialog::Step::Check);
        auto *problems = dialog->findChild<QTableView *>(QStringLiteral("importProblems"));
        QCOMPARE(problems->model()->rowCount(), 1);
        QCOMPARE(problems->model()->index(0, 0).data().toString(), QStringLiteral("2"));
        QVERIFY(problems->model()->index(0, 1).data().toString().contains(QStringLiteral("Nope")));
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        // A file that is not UTF-8 is refused on the first step with the hint.
        const QString latin1 =
            writeFile(desk.store().dir(), QStringLiteral("latin1.csv"), "Asset Tag\nCaf\xe9\n");
        dialog->goBack();
        dialog->goBack();
        QVERIFY(!dialog->loadFile(latin1));
        QVERIFY(dialog->findChild<MessageBanner *>(QStringLiteral("importMessage"))
                    ->text()
                    .contains(QStringLiteral("UTF-8")));
    }

    void labelsForTwoDevicesMakeAPdfWithQrCodes() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addDevice(QStringLiteral("TAB0001"));
        fx.addDevice(QStringLiteral("TAB0002"));
        fx.addDevice(QStringLiteral("TAB0003"));
        DeviceRegisterPanel *panel = openDevices(desk);
        // Select the first two rows from the keyboard: Down into the list, Shift+Down.
        auto *filter = desk.find<QLineEdit>(QStringLiteral("deviceFilter"));
        QTest::keyClick(filter, Qt::Key_Down);
        auto *table = desk.find<QTableView>(QStringLiteral("deviceRegister"));
        QCOMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 2);

        QTest::keyClick(&desk.window(), Qt::Key_B, Qt::AltModifier);
        auto *labels = activeDialog<AssetLabelsDialog>(desk);
        QVERIFY(labels);
        auto *list = labels->findChild<QListWidget *>(QStringLiteral("labelDevices"));
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
        QCOMPARE(list->item(2)->checkState(), Qt::Unchecked);

        // No council name is set in this store: the labels cannot say whose they are yet.
        const QString pdf = desk.store().dir() + QStringLiteral("/labels.pdf");
        QVERIFY(!labels->savePdf(pdf));
        auto *message = labels->findChild<MessageBanner *>(QStringLiteral("labelsMessage"));
        QVERIFY(message->isError());
        QVERIFY(!QFile::exists(pdf));
        auto *council = labels->findChild<QLineEdit *>(QStringLiteral("labelCouncil"));
        QCOMPARE(QApplication::focusWidget(), council);
        QTest::keyClicks(council, QStringLiteral("Kirkbeck"));

        const QList<AssetLabel> chosen = labels->labels();
        QCOMPARE(chosen.size(), 2);
        QCOMPARE(chosen.at(0).tag, QStringLiteral("TAB0001"));
        QCOMPARE(chosen.at(1).typeName, QStringLiteral("TAB device"));
        QCOMPARE(chosen.at(0).ownerLine, QStringLiteral("Property of Kirkbeck Libraries"));
        QVERIFY(labels->savePdf(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.size() > 1000);
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(message->text().contains(QStringLiteral("Saved 2 label(s)")));

        // The QR code of a tag is a version 1 symbol (21 modules) with its 4-module quiet zone.
        const QrCode qr(QStringLiteral("TAB0001"));
        QVERIFY(!qr.isNull());
        QCOMPARE(qr.size(), 21);
        const QImage image = qr.toImage(4);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), (21 + 2 * QrCode::kQuietZone) * 4);
        // Finder pattern: the symbol's top-left module is dark, the quiet zone around it light.
        QCOMPARE(qGray(image.pixel(QrCode::kQuietZone * 4 + 1, QrCode::kQuietZone * 4 + 1)), 0);
        QCOMPARE(qGray(image.pixel(1, 1)), 255);
        QVERIFY(QrCode(QString()).isNull());

        // A part-used sheet: starting at the last label puts the second label on a new page.
        QCOMPARE(LabelSheet(chosen, 0).pageCount(), 1);
        QCOMPARE(LabelSheet(chosen, LabelSheet::kPerPage - 1).pageCount(), 2);
        QVERIFY(panel);
    }

    void simsAreAddedIssuedAndListedWhenEndingSoon() {
        DeskHarness desk;
        LoanFixtures fx(desk.store());
        fx.addResident(QStringLiteral("B1000001"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        openDevices(desk);
        auto *tabs = desk.find<QTabWidget>(QStringLiteral("devicesTabs"));
        QTest::keyClick(&desk.window(), Qt::Key_M, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("dataOffersPanel"));
        // The keyboard lands in the list; with no stock yet, on its message saying so.
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("simStockEmpty"));

        // Add a SIM by keyboard: Alt+V, scan the ICCID, network.
        QTest::keyClick(&desk.window(), Qt::Key_V, Qt::AltModifier);
        auto *add = activeDialog<AddSimDialog>(desk);
        QVERIFY(add);
        const QString iccid = LoanFixtures::iccid(7);
        QTest::keyClicks(QApplication::focusWidget(), iccid);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // next field
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("simNetwork"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Vodafone"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<AddSimDialog>());
        QCOMPARE(rows(desk, QStringLiteral("sim.add"), QStringLiteral("audit")), 1);
        auto *stock = desk.find<QTableView>(QStringLiteral("simStock"));
        QCOMPARE(stock->model()->rowCount(), 1);
        QCOMPARE(stock->model()->index(0, 1).data().toString(), iccid);

        // A mistyped ICCID is refused in place (Luhn check in the core).
        const QString before = fx.snapshot();
        QTest::keyClick(&desk.window(), Qt::Key_V, Qt::AltModifier);
        add = activeDialog<AddSimDialog>(desk);
        QVERIFY(add);
        QString wrong = iccid;
        wrong[5] = wrong.at(5) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QTest::keyClicks(QApplication::focusWidget(), wrong);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Vodafone"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        DeskHarness::settle();
        QCOMPARE(desk.openDialog<AddSimDialog>(), add);
        QVERIFY(add->findChild<MessageBanner *>(QStringLiteral("addSimMessage"))
                    ->text()
                    .contains(QStringLiteral("not an ICCID")));
        QCOMPARE(fx.snapshot(), before);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        DeskHarness::settle();

        // Enter on the SIM in stock issues it: scan the card, give the activation date.
        stock->setFocus();
        stock->setCurrentIndex(stock->model()->index(0, 0));
        QTest::keyClick(stock, Qt::Key_Return);
        auto *issue = activeDialog<IssueDataOfferDialog>(desk);
        QVERIFY(issue);
        QCOMPARE(issue->findChild<QLineEdit *>(QStringLiteral("issueCode"))->text(), iccid);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("b1000001"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(issue->findChild<QLabel *>(QStringLiteral("issueResident"))
                    ->text()
                    .contains(QStringLiteral("Amara Nwosu")));
        auto *activated = issue->findChild<QLineEdit *>(QStringLiteral("issueActivated"));
        activated->setFocus();
        QTest::keyClicks(activated, QStringLiteral("10/09/2025")); // 6 months: ends 10 March 2026
        QTest::keyClick(activated, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!desk.openDialog<IssueDataOfferDialog>());
        QCOMPARE(rows(desk, QStringLiteral("data_offer.issue"), QStringLiteral("audit")), 1);
        QCOMPARE(rows(desk, QStringLiteral("data_offer.issue"), QStringLiteral("outbox")), 1);
        QCOMPARE(stock->model()->rowCount(), 0); // in stock only: it has gone out

        // Alt+W: the offers ending within 14 days.
        QTest::keyClick(&desk.window(), Qt::Key_W, Qt::AltModifier);
        QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("expiringOffersPanel"));
        auto *expiring = desk.find<QTableView>(QStringLiteral("expiringOffers"));
        QCOMPARE(expiring->model()->rowCount(), 1);
        QCOMPARE(expiring->model()->index(0, 1).data().toString(), QStringLiteral("8")); // 2 → 10 March
        QCOMPARE(expiring->model()->index(0, 2).data().toString(), QStringLiteral("B1000001"));
        QCOMPARE(expiring->model()->index(0, 3).data().toString(), QStringLiteral("Amara Nwosu"));
    }

    // Every dialog of the section, at normal and at double text size: each reachable widget has a name for
    // screen readers, and the dialog fits a 1400 × 900 screen.
    void dialogsAreNamedAndFitAtDoubleTextSize() {
        const QFont original = QApplication::font();
        for (const qreal scale : {1.0, 2.0}) {
            QFont font = original;
            font.setPointSizeF(original.pointSizeF() * scale);
            QApplication::setFont(font);
            DeskHarness desk;
            LoanFixtures fx(desk.store());
            fx.addDevice(QStringLiteral("TAB0001"));
            fx.addSim(fx.iccid(3));
            fx.addDevice(QStringLiteral("MIFI0001"), QStringLiteral("MIFI"), QStringLiteral("CEN"),
                         DeviceStatus::Available, fx.iccid(3));
            DeviceRegisterPanel *panel = openDevices(desk, QStringLiteral("admin"));
            const DeviceRepository repo(desk.store().db());
            const Device tablet = *repo.byTag(QStringLiteral("TAB0001"));
            const Device mifi = *repo.byTag(QStringLiteral("MIFI0001"));
            const QString csv =
                writeFile(desk.store().dir(), QStringLiteral("d.csv"),
                          "Asset Tag,Category,Location,Purchased\nX-1,Tablets,Central Library,"
                          "31/02/2025\n");
            QStringList problems;
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
            };
            std::vector<std::unique_ptr<QDialog>> dialogs;
            dialogs.emplace_back(
                new DeviceEditorDialog(desk.context(), desk.store().admin(), std::nullopt, panel));
            check(dialogs.back().get(), QStringLiteral("add device"));
            dialogs.emplace_back(new DeviceEditorDialog(desk.context(), desk.store().admin(), mifi, panel));
            check(dialogs.back().get(), QStringLiteral("edit device"));
            dialogs.emplace_back(new DeviceTypeDialog(desk.context(), desk.store().admin(), panel));
            check(dialogs.back().get(), QStringLiteral("device type"));
            for (DeviceStep step : DeviceStepDialog::allSteps()) {
                dialogs.emplace_back(
                    new DeviceStepDialog(desk.context(), desk.store().admin(), tablet, step, panel));
                check(dialogs.back().get(), DeviceStepDialog::actionObjectName(step));
            }
            auto *import = new DeviceImportDialog(desk.context(), desk.store().admin(), panel);
            dialogs.emplace_back(import);
            QVERIFY(import->loadFile(csv));
            check(import, QStringLiteral("import: file"));
            import->goNext();
            check(import, QStringLiteral("import: columns"));
            import->goNext();
            check(import, QStringLiteral("import: check"));
            dialogs.emplace_back(new AssetLabelsDialog(desk.context(), desk.store().admin(), {tablet, mifi},
                                                       {tablet.id}, panel));
            check(dialogs.back().get(), QStringLiteral("labels"));
            dialogs.emplace_back(new AddSimDialog(desk.context(), desk.store().admin(), panel));
            check(dialogs.back().get(), QStringLiteral("add SIM"));
            dialogs.emplace_back(
                new IssueDataOfferDialog(desk.context(), desk.store().admin(), QString(), panel));
            check(dialogs.back().get(), QStringLiteral("issue data"));
            for (auto &d : dialogs) {
                d->hide();
            }
            // And the other tabs of the page itself.
            auto *tabs = desk.find<QTabWidget>(QStringLiteral("devicesTabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                problems += unnamedWidgets(tabs->currentWidget(), tabs->tabText(i));
            }
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
        QApplication::setFont(original);
    }
};

QTEST_MAIN(GuiDeviceRegisterTest)
#include "GuiDeviceRegisterTest.moc"
