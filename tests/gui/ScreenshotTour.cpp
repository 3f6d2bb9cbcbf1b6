// Walks through the desk on a seeded temporary store and saves a PNG of each screen, for the user guide
// and for looking at what changed (DESIGN.md §6: a screen you change, you look at).
//
//   techmates-screenshot-tour OUTDIR [--text-scale 2] [--keep-store FILE]
//
// Run it under Xvfb for the fonts a desk really has:
//   xvfb-run -a -s "-screen 0 1400x900x24" build/tests/gui/techmates-screenshot-tour docs/screenshots
// --keep-store writes the seeded store to FILE (people admin, coordinator, librarian and volunteer, each
// with the password "password1") so the real desk can be opened on it: techmates-desk --store FILE

#include "AddPersonDialog.h"
#include "DeskHarness.h"
#include "DeskStyle.h"
#include "FirstAdminDialog.h"
#include "MainWindow.h"
#include "OverviewSeed.h"
#include "ResidentEditorDialog.h"
#include "store/Sql.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {
bool save(QWidget *widget, const QDir &out, const QString &name) {
    QCoreApplication::processEvents();
    const QString path = out.filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

void press(QWidget *w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(w, key, modifiers);
    DeskHarness::settle();
}

void lockAndSignIn(DeskHarness &desk, const QString &user) {
    press(&desk.window(), Qt::Key_L, Qt::ControlModifier);
    desk.signIn(user);
}
} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("OUTDIR"), QStringLiteral("Where the PNG files go."));
    const QCommandLineOption scaleOption(QStringLiteral("text-scale"),
                                         QStringLiteral("Multiply the text size."), QStringLiteral("FACTOR"),
                                         QStringLiteral("1"));
    const QCommandLineOption keepOption(
        QStringLiteral("keep-store"), QStringLiteral("Also save the seeded store."), QStringLiteral("FILE"));
    parser.addOptions({scaleOption, keepOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const QDir out(parser.positionalArguments().constFirst());
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(out.path()));
        return 3;
    }

    DeskStyle::apply(app);
    const double scale = parser.value(scaleOption).toDouble();
    const QString suffix = scale > 1.01 ? QStringLiteral("-text%1x").arg(scale) : QString();
    if (scale > 0 && qAbs(scale - 1.0) > 0.01) {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * scale);
        QApplication::setFont(f);
    }

    // First run on an empty store.
    {
        TestStore empty(false);
        SignInService signIn(empty.store(), empty.clock());
        FirstAdminDialog dialog(empty.bus(), signIn);
        dialog.show();
        DeskHarness::settle();
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstAdminName")),
                         QStringLiteral("Sam Jones"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("firstAdminUserName")),
                         QStringLiteral("sjones"));
        save(&dialog, out, QStringLiteral("first-admin") + suffix);
    }

    DeskHarness desk;
    OverviewSeed::seed(desk.store());
    if (parser.isSet(keepOption)) {
        const QString keep = QDir(parser.value(keepOption)).absolutePath();
        QFile::remove(keep);
        Sql(desk.store().db(), QStringLiteral("VACUUM INTO :path"))
            .bind(QStringLiteral(":path"), keep)
            .exec();
        std::printf("store: %s\n", qPrintable(keep));
    }
    MainWindow &w = desk.window();
    w.resize(1280, 800);
    DeskHarness::settle();
    save(&w, out, QStringLiteral("sign-in") + suffix);

    desk.signIn(QStringLiteral("librarian"), QStringLiteral("not-the-password"));
    save(&w, out, QStringLiteral("sign-in-refused") + suffix);

    desk.signIn(QStringLiteral("librarian"));
    auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
    QTest::keyClicks(search, QStringLiteral("LS7"));
    QTest::qWait(400);
    save(&w, out, QStringLiteral("residents") + suffix);

    // The resident editor, opened from the list with Enter.
    press(search, Qt::Key_Down);
    press(desk.find<QTableView>(QStringLiteral("residentResults")), Qt::Key_Return);
    if (auto *editor = desk.openDialog<ResidentEditorDialog>()) {
        save(editor, out, QStringLiteral("resident-editor") + suffix);
        editor->reject();
        DeskHarness::settle();
    }
    // A new resident with a postcode that is not one.
    press(&w, Qt::Key_N, Qt::ControlModifier);
    if (auto *editor = desk.openDialog<ResidentEditorDialog>()) {
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("givenName")), QStringLiteral("Jan"));
        QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("familyName")),
                         QStringLiteral("Nowicki"));
        auto *postcode = editor->findChild<QLineEdit *>(QStringLiteral("postcode"));
        QTest::keyClicks(postcode, QStringLiteral("LS99 ABC"));
        press(postcode, Qt::Key_Return);
        save(editor, out, QStringLiteral("resident-editor-problem") + suffix);
        editor->reject();
        DeskHarness::settle();
    }

    press(&w, Qt::Key_2, Qt::ControlModifier);
    save(&w, out, QStringLiteral("main-window") + suffix);
    press(&w, Qt::Key_3, Qt::ControlModifier);
    save(&w, out, QStringLiteral("bookings") + suffix);
    press(&w, Qt::Key_4, Qt::ControlModifier);
    save(&w, out, QStringLiteral("skills") + suffix);

    press(&w, Qt::Key_L, Qt::ControlModifier);
    save(&w, out, QStringLiteral("locked") + suffix);

    desk.signIn(QStringLiteral("librarian"));
    lockAndSignIn(desk, QStringLiteral("coordinator"));
    press(&w, Qt::Key_5, Qt::ControlModifier);
    save(&w, out, QStringLiteral("training") + suffix);
    press(&w, Qt::Key_6, Qt::ControlModifier);
    save(&w, out, QStringLiteral("reports") + suffix);

    lockAndSignIn(desk, QStringLiteral("volunteer"));
    press(&w, Qt::Key_3, Qt::ControlModifier);
    save(&w, out, QStringLiteral("volunteer-bookings") + suffix);

    lockAndSignIn(desk, QStringLiteral("admin"));
    press(&w, Qt::Key_7, Qt::ControlModifier);
    save(&w, out, QStringLiteral("admin") + suffix);
    press(&w, Qt::Key_A, Qt::AltModifier);
    QTest::qWait(200);
    if (auto *dialog = desk.openDialog<AddPersonDialog>()) {
        save(dialog, out, QStringLiteral("add-person") + suffix);
        dialog->reject();
        DeskHarness::settle();
    }
    return 0;
}
