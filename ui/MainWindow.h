#pragma once

#include "DeskContext.h"
#include "Sections.h"
#include "auth/Actor.h"

#include <QMainWindow>
#include <QMap>

class QAction;
class QLabel;
class QStackedWidget;
class SignInPanel;
class Workspace;

// The desk's one window. Until someone signs in (and whenever the desk is locked with Ctrl+L) it shows
// only the sign-in panel; after sign-in, that person's workspace. Locking destroys the workspace, so the
// next person — the same one or another — starts from a clean slate with their own navigation.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DeskContext &ctx, QWidget *parent = nullptr);
    ~MainWindow() override;

    void signInAs(const Actor &actor);
    void lock();
    bool isLocked() const { return m_workspace == nullptr; }
    const Actor &actor() const { return m_actor; }
    Workspace *workspace() const { return m_workspace; }
    SignInPanel *signInPanel() const { return m_signInPanel; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void updateForActor();
    void showKeyboardHelp();
    void showAbout();
    bool belongsToThisWindow(QObject *object) const;

    DeskContext &m_ctx;
    Actor m_actor;
    QStackedWidget *m_stack = nullptr;
    SignInPanel *m_signInPanel = nullptr;
    Workspace *m_workspace = nullptr;
    QAction *m_lockAction = nullptr;
    QMap<SectionId, QAction *> m_sectionActions;
    QLabel *m_personLabel = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_storeLabel = nullptr;
};
