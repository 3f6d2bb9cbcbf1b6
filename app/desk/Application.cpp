#include "Application.h"

#include "DeskContext.h"
#include "DeskStyle.h"
#include "FirstAdminDialog.h"
#include "MainWindow.h"
#include "ViewTour.h"
#include "Workspace.h"
#include "auth/SignInService.h"
#include "bench/ProcessMemory.h"
#include "commands/CommandBus.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "sync/KeychainTokenStore.h"
#include "sync/SyncController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>

Application::Application(QApplication &app)
    : m_app(app) {
    m_started.start();
}

Application::~Application() = default;

int Application::run() {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Device loans, TechMates sessions, skills and training for council libraries."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
        QStringList{QStringLiteral("store")},
        tr("The store file to open (default: %1).").arg(Store::defaultPath()), tr("PATH"));
    parser.addOption(storeOption);
    // For `techmates bench`: report when the window is up and ready for a sign-in, then quit.
    const QCommandLineOption readyOption(QStringList{QStringLiteral("exit-when-ready")},
                                         tr("Print the start-up time once the window is ready, then quit."));
    parser.addOption(readyOption);
    // For `techmates bench`: sign in (password from TECHMATES_PASSWORD, as the CLI takes it), open every
    // view, print the memory in use, then quit.
    const QCommandLineOption everyViewOption(
        QStringList{QStringLiteral("measure-every-view")},
        tr("Sign in as --user, open every section and tab, print the memory in use, then quit."));
    parser.addOption(everyViewOption);
    const QCommandLineOption userOption(QStringList{QStringLiteral("user")},
                                        tr("The person to sign in as, with --measure-every-view."),
                                        tr("NAME"));
    parser.addOption(userOption);
    if (!parser.parse(m_app.arguments())) {
        std::fprintf(stderr, "%s\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::fprintf(stdout, "%s %s\n", qPrintable(QApplication::applicationName()),
                     qPrintable(QApplication::applicationVersion()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n%s",
                     qPrintable(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst())),
                     qPrintable(parser.helpText()));
        return 2;
    }

    DeskStyle::apply(m_app);

    const QString path = parser.isSet(storeOption) ? parser.value(storeOption) : Store::defaultPath();
    Store::Opened opened = Store::open(path);
    if (!opened.store) {
        QMessageBox::critical(nullptr, tr("TechMates Desk"),
                              tr("The store could not be opened.\n\n%1").arg(opened.error));
        return 3;
    }
    m_store = std::move(opened.store);
    m_bus = std::make_unique<CommandBus>(*m_store, m_clock, m_ids);
    m_signIn = std::make_unique<SignInService>(*m_store, m_clock);
    m_tokens = std::make_unique<KeychainTokenStore>();
    m_sync = std::make_unique<SyncController>(*m_store, *m_tokens, std::make_unique<QSettings>());
    m_context =
        std::make_unique<DeskContext>(DeskContext{*m_store, m_clock, *m_bus, *m_signIn, m_sync.get()});

    QString firstAdminId;
    switch (setUpFirstAdmin(&firstAdminId)) {
    case Setup::Quit:
        return 0;
    case Setup::Failed:
        return 3;
    case Setup::Ready:
        break;
    }

    m_window = std::make_unique<MainWindow>(*m_context);
    m_window->show();
    if (parser.isSet(readyOption)) {
        // The zero timer runs once the events queued by show() (layout, expose, first paint) are handled.
        QTimer::singleShot(0, &m_app, [this] {
            std::fprintf(stdout, "ready %lld ms\n", static_cast<long long>(m_started.elapsed()));
            std::fflush(stdout);
            m_app.quit();
        });
    }
    if (parser.isSet(everyViewOption)) {
        return measureEveryView(parser.value(userOption));
    }
    if (!firstAdminId.isEmpty()) {
        // The person who just created the first administrator is that administrator: no second password.
        m_window->signInAs(SignInService::loadActor(*m_store, firstAdminId));
    }
    return m_app.exec();
}

int Application::measureEveryView(const QString &username) {
    const SignInService::Result signedIn =
        m_signIn->signIn(username, qEnvironmentVariable("TECHMATES_PASSWORD"));
    if (!signedIn.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(signedIn.message));
        return 1;
    }
    m_window->signInAs(signedIn.actor);
    QCoreApplication::processEvents();
    const int views = ViewTour::openEveryView(*m_window->workspace());
    std::fprintf(stdout, "views %d rss %lld peak %lld\n", views,
                 static_cast<long long>(ProcessMemory::residentKilobytes()),
                 static_cast<long long>(ProcessMemory::peakKilobytes()));
    std::fflush(stdout);
    return 0;
}

Application::Setup Application::setUpFirstAdmin(QString *createdUserId) {
    try {
        if (!m_signIn->needsFirstAdmin()) {
            return Setup::Ready;
        }
        FirstAdminDialog dialog(*m_bus, *m_signIn);
        if (dialog.exec() == QDialog::Accepted) {
            *createdUserId = dialog.createdUserId();
            return Setup::Ready;
        }
        // Someone else may have set the store up meanwhile; then carry on to sign in.
        return m_signIn->needsFirstAdmin() ? Setup::Quit : Setup::Ready;
    } catch (const StoreError &e) {
        QMessageBox::critical(nullptr, tr("TechMates Desk"),
                              tr("The store could not be read.\n\n%1").arg(e.message()));
        return Setup::Failed;
    }
}
