#include "MainWindow.h"

#include "LanguageDialog.h"
#include "SignInPanel.h"
#include "Translations.h"
#include "Workspace.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(DeskContext &ctx, QWidget *parent)
    : QMainWindow(parent)
    , m_ctx(ctx) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("TechMates Desk"));

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_signInPanel = new SignInPanel(m_ctx.signIn, m_stack);
    m_stack->addWidget(m_signInPanel);
    setCentralWidget(m_stack);
    connect(m_signInPanel, &SignInPanel::signedIn, this, &MainWindow::signInAs);

    m_personLabel = new QLabel(this);
    m_personLabel->setObjectName(QStringLiteral("statusPerson"));
    m_roleLabel = new QLabel(this);
    m_roleLabel->setObjectName(QStringLiteral("statusRole"));
    m_roleLabel->setContentsMargins(16, 0, 0, 0);
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("statusStore"));
    m_storeLabel->setText(tr("Store: %1").arg(QDir::toNativeSeparators(m_ctx.store.path())));
    m_storeLabel->setToolTip(QDir::toNativeSeparators(m_ctx.store.path()));
    m_storeLabel->setProperty("muted", true);
    statusBar()->addWidget(m_personLabel);
    statusBar()->addWidget(m_roleLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->setSizeGripEnabled(true);

    buildMenus();
    updateForActor();
    resize(1200, 780);

    // Ctrl+L must also lock while one of this window's dialogs is open (the window's own shortcut is
    // blocked by the dialog then).
    qApp->installEventFilter(this);
}

MainWindow::~MainWindow() {
    qApp->removeEventFilter(this);
}

void MainWindow::buildMenus() {
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    m_lockAction = desk->addAction(tr("&Lock"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("Hide everything until someone signs in"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    QAction *language = desk->addAction(tr("L&anguage…"));
    language->setObjectName(QStringLiteral("languageAction"));
    connect(language, &QAction::triggered, this, [this] {
        QSettings settings;
        LanguageDialog dialog(settings, Translations::installed(), this);
        dialog.exec();
    });
    desk->addSeparator();
    QAction *quit = desk->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (SectionId id : Sections::all()) {
        QAction *action = go->addAction(Sections::title(id));
        action->setObjectName(QStringLiteral("goSection%1").arg(Sections::shortcutNumber(id)));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + Sections::shortcutNumber(id))));
        connect(action, &QAction::triggered, this, [this, id] {
            if (m_workspace) {
                m_workspace->showSection(id, true);
            }
        });
        m_sectionActions.insert(id, action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, &MainWindow::showKeyboardHelp);
    QAction *about = help->addAction(tr("&About TechMates Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::signInAs(const Actor &actor) {
    if (!actor.isSignedIn()) {
        return;
    }
    if (m_workspace) {
        lock();
    }
    m_actor = actor;
    m_workspace = new Workspace(m_ctx, m_actor, m_stack);
    connect(m_workspace, &Workspace::lockRequested, this, &MainWindow::lock);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);
    updateForActor();
    if (!m_workspace->sections().isEmpty()) {
        m_workspace->showSection(m_workspace->sections().constFirst(), true);
    }
}

void MainWindow::lock() {
    if (!m_workspace) {
        return;
    }
    Workspace *old = m_workspace;
    m_workspace = nullptr;
    // Close this person's dialogs first: they are separate windows and would stay on screen otherwise.
    for (QDialog *dialog : old->findChildren<QDialog *>()) {
        dialog->reject();
        dialog->hide();
    }
    m_stack->removeWidget(old);
    old->hide();
    old->deleteLater();

    const Actor previous = m_actor;
    m_actor = Actor();
    m_signInPanel->showLocked(previous.displayName(), previous.username());
    m_stack->setCurrentWidget(m_signInPanel);
    updateForActor();
    m_signInPanel->focusFirstField();
}

void MainWindow::updateForActor() {
    const bool signedIn = m_workspace != nullptr;
    m_lockAction->setEnabled(signedIn);
    for (auto it = m_sectionActions.cbegin(); it != m_sectionActions.cend(); ++it) {
        const bool allowed = signedIn && Sections::allowed(it.key(), m_actor);
        it.value()->setVisible(allowed);
        it.value()->setEnabled(allowed);
    }
    if (signedIn) {
        m_personLabel->setText(tr("Signed in: %1 (%2)").arg(m_actor.displayName(), m_actor.username()));
        m_roleLabel->setText(roleDisplayName(m_actor.role()));
        m_roleLabel->show();
    } else {
        m_personLabel->setText(tr("Desk locked: nobody is signed in"));
        m_roleLabel->clear();
        m_roleLabel->hide();
    }
}

bool MainWindow::belongsToThisWindow(QObject *object) const {
    for (auto *w = qobject_cast<QWidget *>(object); w; w = w->parentWidget()) {
        if (w == this) {
            return true;
        }
    }
    return false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::KeyPress && m_workspace) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_L && key->modifiers() == Qt::ControlModifier && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() != this && belongsToThisWindow(watched)) {
            lock();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showKeyboardHelp() {
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard shortcuts"));
    box.setIcon(QMessageBox::Information);
    box.setText(tr("Everything at the desk works from the keyboard."));
    box.setInformativeText(
        tr("Ctrl+1 … Ctrl+9  go to Residents, Loans, Bookings, Skills, Training, Reports, Admin, Devices, "
           "Sync\n"
           "In Sync: Ctrl+Shift+S sync with the council server now\n"
           "In Devices: scan a tag and press Enter to find the device; Alt+A add, Alt+S change status, "
           "Alt+B labels, Alt+I import a CSV\n"
           "Ctrl+F  find a resident (or just scan their card)\n"
           "Ctrl+N  new resident\n"
           "Enter  open the selected row; in a form, save\n"
           "Ctrl+S  save a form\n"
           "Esc  close a form without saving\n"
           "F5  refresh the section\n"
           "Ctrl+L  lock the desk (and switch person)\n"
           "Ctrl+Q  quit"));
    box.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About TechMates Desk"),
                       tr("TechMates Desk %1\n\nDevice and data loans, TechMates sessions, iDEA badges and "
                          "volunteer training for council libraries.")
                           .arg(QStringLiteral(TECHMATES_VERSION)));
}
