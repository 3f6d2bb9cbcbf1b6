#pragma once

#include "DeskContext.h"
#include "MessageBanner.h"
#include "auth/Actor.h"

#include <QWidget>

// One section of the workspace. A page is built for one signed-in person and thrown away when the desk
// locks, so no page ever shows one person's view to the next.
class SectionPage : public QWidget {
    Q_OBJECT
public:
    SectionPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QString subtitle() const = 0;
    // Reloads from the store; called whenever the page is shown, and by F5.
    virtual void refresh() = 0;
    // Where the keyboard lands when the person jumps to this section.
    virtual QWidget *focusTarget() const = 0;

protected:
    // Runs a read, turning a store failure into a message on the page instead of an exception.
    template <typename F> bool guarded(F &&read) {
        try {
            read();
            clearStoreProblem();
            return true;
        } catch (const std::exception &e) {
            showStoreProblem(e);
            return false;
        }
    }
    void showStoreProblem(const std::exception &e);
    void clearStoreProblem();
    MessageBanner *storeProblemBanner();

    DeskContext &m_ctx;
    const Actor m_actor;

private:
    MessageBanner *m_storeProblem = nullptr;
};
