#include "DeskHarness.h"

#include "OverviewSeed.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

DeskHarness::DeskHarness(bool withPeople)
    : m_ts(withPeople)
    , m_signIn(m_ts.store(), m_ts.clock())
    , m_sync(std::make_unique<SyncController>(
          m_ts.store(), m_tokens,
          std::make_unique<QSettings>(m_ts.dir() + QStringLiteral("/desk.ini"), QSettings::IniFormat)))
    , m_context{m_ts.store(), m_ts.clock(), m_ts.bus(), m_signIn, m_sync.get()} {}

DeskHarness::~DeskHarness() {
    m_window.reset();
    settle();
}

MainWindow &DeskHarness::window() {
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_context);
        m_window->show();
        m_window->activateWindow();
        if (!waitUntilActive(m_window.get())) {
            qWarning("the desk window did not become active; shortcuts may not reach it");
        }
    }
    return *m_window;
}

void DeskHarness::signIn(const QString &username, const QString &password) {
    MainWindow &w = window();
    auto *user = w.findChild<QLineEdit *>(QStringLiteral("signInUserName"));
    auto *pass = w.findChild<QLineEdit *>(QStringLiteral("signInPassword"));
    if (!user || !pass) {
        qFatal("the sign-in fields are missing");
    }
    if (!user->text().isEmpty()) {
        user->selectAll();
        QTest::keyClick(user, Qt::Key_Backspace);
    }
    QTest::keyClicks(user, username);
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
    settle();
}

QString DeskHarness::addResident(const QString &given, const QString &family, const QString &card,
                                 const QString &postcode, const QString &phone) {
    return OverviewSeed::addResident(m_ts, given, family, card, postcode, phone);
}

bool DeskHarness::waitUntilActive(QWidget *widget) {
    return QTest::qWaitFor([widget] { return widget->isActiveWindow(); }, 5000);
}

void DeskHarness::settle() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}
