#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "skills/Learner.h"

#include <QWidget>

class FormField;
class MessageBanner;
class QDateEdit;
class QListWidget;
class QPushButton;

// A group session (a "tea party", a class): the badge or badges everyone present earned, the date, and the
// learners, scanned or typed one after another. Recorded together: if anyone cannot have a badge (they hold
// it already, say) nothing is recorded and the message lists who, so the list can be corrected.
class GroupSessionPanel : public QWidget {
    Q_OBJECT
public:
    GroupSessionPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;
    void addLearner();
    void removeSelectedLearner();
    void recordAll();

signals:
    void badgesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    QList<Learner> m_learners;
    QListWidget *m_badges = nullptr;
    QDateEdit *m_date = nullptr;
    FormField *m_learner = nullptr;
    QListWidget *m_learnerList = nullptr;
    QPushButton *m_record = nullptr;
    MessageBanner *m_message = nullptr;
};
