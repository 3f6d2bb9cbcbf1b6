// The Training section driven from the keyboard (docs/user-guide-training.md): an assessor signs off an
// outcome in a volunteer's portfolio, is refused for evidence they wrote themselves, and a volunteer adds
// evidence to their own portfolio. Every change is checked in the store.
#include "DeskHarness.h"
#include "MessageBanner.h"
#include "store/Sql.h"
#include "training/EvidenceDialog.h"
#include "training/TrainingCommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

class GuiTrainingTest : public QObject {
    Q_OBJECT

    static std::unique_ptr<DeskHarness> desk() {
        auto d = std::make_unique<DeskHarness>();
        TestStore &t = d->store();
        ImportPathwayCommand load(PathwayFile::defaultPathway().pathway);
        EnrolCommand enrol(t.volunteerRecordId(), QStringLiteral("TMAP"));
        if (!t.bus().execute(load, t.coordinator()).ok() || !t.bus().execute(enrol, t.coordinator()).ok()) {
            qFatal("cannot set up the pathway");
        }
        const TrainingUnit tm01 = *TrainingCatalogue(t.db()).unitByCode(QStringLiteral("TM01"));
        AddEvidenceCommand own({t.volunteerRecordId(),
                                tm01.outcomes.at(0).id,
                                QStringLiteral("note"),
                                QStringLiteral("I welcomed two learners."),
                                {},
                                false,
                                {},
                                {},
                                0});
        AddEvidenceCommand observed({t.volunteerRecordId(),
                                     tm01.outcomes.at(1).id,
                                     QStringLiteral("observation"),
                                     QStringLiteral("Explained confidentiality clearly."),
                                     {},
                                     true,
                                     {},
                                     {},
                                     0});
        if (!t.bus().execute(own, t.volunteer()).ok() || !t.bus().execute(observed, t.coordinator()).ok()) {
            qFatal("cannot add evidence");
        }
        return d;
    }

    static int signoffs(DeskHarness &d) { return d.store().count(QStringLiteral("outcome_signoffs")); }

    static QTreeWidget *openTraining(DeskHarness &d, const QString &user) {
        d.signIn(user);
        QTest::keyClick(&d.window(), Qt::Key_5, Qt::ControlModifier);
        DeskHarness::settle();
        auto *tree = d.find<QTreeWidget>(QStringLiteral("portfolioTree"));
        if (tree && !QTest::qWaitFor([tree] { return tree->hasFocus(); }, 2000)) {
            qWarning("the portfolio did not get the keyboard");
        }
        return tree;
    }

private slots:
    void anAssessorSignsOffAnOutcomeByKeyboard() {
        std::unique_ptr<DeskHarness> d = desk();
        QTreeWidget *tree = openTraining(*d, QStringLiteral("coordinator"));
        QVERIFY(tree);
        QCOMPARE(d->find<QComboBox>(QStringLiteral("traineeChoice"))->currentText(),
                 QStringLiteral("Val Volunteer (2 awaiting sign-off)"));
        QVERIFY(tree->currentItem()->text(0).startsWith(QLatin1String("TM01 Welcoming learners")));
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(tree->currentItem()->text(0).startsWith(QLatin1String("TM01.1 ")));
        QCOMPARE(tree->currentItem()->text(1), QStringLiteral("1 piece(s) of evidence, awaiting sign-off"));
        QTest::keyClick(&d->window(), Qt::Key_S, Qt::AltModifier);
        auto *message = d->find<MessageBanner>(QStringLiteral("portfolioMessage"));
        QTRY_COMPARE(signoffs(*d), 1);
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QVERIFY(message->text().contains(QLatin1String("Signed off outcome TM01.1")));
        QCOMPARE(Sql(d->store().db(), QStringLiteral("SELECT assessor_id FROM outcome_signoffs"))
                     .scalar()
                     .toString(),
                 d->store().coordinator().userId());
        // The tree shows it, with the keyboard still on the same outcome.
        QVERIFY(tree->currentItem()->text(0).startsWith(QLatin1String("TM01.1 ")));
        QVERIFY(tree->currentItem()->text(1).startsWith(QLatin1String("Signed off by Coordinator")));

        // The next outcome's evidence is the coordinator's own observation: refused, nothing written.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(tree->currentItem()->text(0).startsWith(QLatin1String("TM01.2 ")));
        QTest::keyClick(&d->window(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(message->isError());
        QVERIFY2(message->text().contains(QLatin1String("You wrote evidence for this outcome")),
                 qPrintable(message->text()));
        QCOMPARE(signoffs(*d), 1);

        // And one with no evidence yet.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Down);
        QTest::keyClick(&d->window(), Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(message->text().contains(QLatin1String("no evidence for this outcome")));
        QCOMPARE(signoffs(*d), 1);
    }

    void aVolunteerAddsEvidenceButCannotSignOff() {
        std::unique_ptr<DeskHarness> d = desk();
        QTreeWidget *tree = openTraining(*d, QStringLiteral("volunteer"));
        QVERIFY(tree);
        QVERIFY(!d->find<QPushButton>(QStringLiteral("signOffOutcome"))->isVisible());
        QVERIFY(!d->find<QComboBox>(QStringLiteral("traineeChoice"))->isEnabled());
        QCOMPARE(d->find<QProgressBar>(QStringLiteral("pathwayProgress"))->format(),
                 QStringLiteral("0 of 6 units achieved"));
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(tree, Qt::Key_Down);
        }
        QVERIFY(tree->currentItem()->text(0).startsWith(QLatin1String("TM01.3 ")));
        // The dialog runs modally, so the person's typing into it is scheduled before it opens.
        bool typed = false;
        QTimer poll;
        poll.setInterval(50);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = d->openDialog<EvidenceDialog>();
            if (!dialog || typed || !dialog->isActiveWindow()) {
                return;
            }
            typed = true;
            poll.stop();
            auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("evidenceNote"));
            note->setFocus();
            QTest::keyClicks(note, QStringLiteral("I used plain words and checked the learner understood."));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("evidenceButtons"))
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
        });
        poll.start();
        QTest::keyClick(&d->window(), Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(typed);
        QTRY_VERIFY(!d->openDialog<EvidenceDialog>());
        QCOMPARE(Sql(d->store().db(), QStringLiteral("SELECT count(*) FROM evidence WHERE author_id = :a"))
                     .bind(QStringLiteral(":a"), d->store().volunteer().userId())
                     .scalar()
                     .toInt(),
                 2);
        QCOMPARE(signoffs(*d), 0);
    }

    void everyTabFitsAtDoubleTextSize() {
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        // With a pathway and without one (the button to load it showing).
        for (bool pathway : {true, false}) {
            std::unique_ptr<DeskHarness> d = pathway ? desk() : std::make_unique<DeskHarness>();
            openTraining(*d, QStringLiteral("coordinator"));
            auto *tabs = d->find<QTabWidget>(QStringLiteral("trainingTabs"));
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QSize page = d->find<QWidget>(QStringLiteral("trainingPage"))->minimumSizeHint();
                QVERIFY2(
                    page.width() <= 950 && page.height() <= 800,
                    qPrintable(
                        QStringLiteral("tab %1 needs %2×%3").arg(i).arg(page.width()).arg(page.height())));
            }
        }
        QApplication::setFont(original);
    }
};

QTEST_MAIN(GuiTrainingTest)
#include "GuiTrainingTest.moc"
