#pragma once

#include "DeskContext.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "TestStore.h"
#include "auth/SignInService.h"
#include "sync/SyncController.h"

#include <QWidget>
#include <memory>

// A desk on a temporary store, driven the way a person drives it: widgets found by object name, keys
// typed with QTest. The window is created on first use, shown and made active so shortcuts work.
class DeskHarness {
public:
    explicit DeskHarness(bool withPeople = true);
    ~DeskHarness();

    TestStore &store() { return m_ts; }
    DeskContext &context() { return m_context; }
    // The desk's sync engine, with an in-memory keychain and settings in the store's temporary folder.
    SyncController &sync() { return *m_sync; }
    MemoryTokenStore &tokens() { return m_tokens; }
    MainWindow &window();

    // Types the user name and password into the sign-in panel and presses Enter.
    void signIn(const QString &username, const QString &password = QString::fromLatin1(TestStore::kPassword));
    // A resident added through the write path (see OverviewSeed::addResident).
    QString addResident(const QString &given, const QString &family, const QString &card,
                        const QString &postcode = QStringLiteral("LS1 1AA"), const QString &phone = {});
    // Waits until the widget's window is the application's active window. (QTest::qWaitForWindowActive
    // counts a dialog as active as soon as its parent is, before the dialog has the keyboard.)
    static bool waitUntilActive(QWidget *widget);
    // Deletes widgets a lock or a closed dialog has scheduled for deletion, as the event loop would.
    static void settle();

    template <typename T = QWidget> T *find(const QString &objectName) const {
        return m_window ? m_window->findChild<T *>(objectName) : nullptr;
    }
    // The open dialog of type T (they are separate windows, parented to the page that opened them).
    template <typename T> T *openDialog() const {
        if (!m_window) {
            return nullptr;
        }
        for (T *d : m_window->findChildren<T *>()) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }

private:
    TestStore m_ts;
    SignInService m_signIn;
    MemoryTokenStore m_tokens;
    std::unique_ptr<SyncController> m_sync;
    DeskContext m_context;
    std::unique_ptr<MainWindow> m_window;
};
