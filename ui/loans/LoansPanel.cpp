#include "LoansPanel.h"

#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

LoansPanel::LoansPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {}

void LoansPanel::reportStoreProblem(const std::exception &e) {
    const auto *storeError = dynamic_cast<const StoreError *>(&e);
    const QString detail = storeError ? storeError->message() : QString::fromLocal8Bit(e.what());
    emit storeProblem(tr("The store could not be read, so what is shown may be out of date. %1").arg(detail));
}

CommandResult LoansPanel::execute(Command &command) {
    return m_ctx.bus.execute(command, m_actor);
}

bool LoansPanel::isFormEnter(const QKeyEvent *event) {
    return (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
           (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier &&
           !qobject_cast<QLineEdit *>(QApplication::focusWidget());
}

void LoansPanel::chainTabOrder(const QList<QWidget *> &widgets) {
    QWidget *previous = nullptr;
    for (QWidget *w : widgets) {
        if (!w) {
            continue;
        }
        if (previous) {
            setTabOrder(previous, w);
        }
        previous = w;
    }
}
