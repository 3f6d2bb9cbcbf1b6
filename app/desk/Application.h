#pragma once

#include <QElapsedTimer>

#include "core/Clock.h"
#include "core/IdSource.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

class CommandBus;
class MainWindow;
class QApplication;
class SignInService;
class Store;
class SyncController;
class TokenStore;
struct DeskContext;

// The desk's composition root: the one place that constructs the concrete store, clock, id source,
// write path and sign-in service, and hands references to the window.
class Application {
    Q_DECLARE_TR_FUNCTIONS(Application)
public:
    explicit Application(QApplication &app);
    ~Application();
    Application(const Application &) = delete;
    Application &operator=(const Application &) = delete;

    // Exit status as the CLI contract has it: 0 done, 2 usage error, 3 store error.
    int run();

private:
    enum class Setup { Ready, Quit, Failed };
    Setup setUpFirstAdmin(QString *createdUserId);
    int measureEveryView(const QString &username);

    QApplication &m_app;
    QElapsedTimer m_started;
    SystemClock m_clock;
    IdSource m_ids;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CommandBus> m_bus;
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<TokenStore> m_tokens; // the OS keychain
    std::unique_ptr<SyncController> m_sync;
    std::unique_ptr<DeskContext> m_context;
    std::unique_ptr<MainWindow> m_window; // last, so destroyed first: it refers to everything above
};
