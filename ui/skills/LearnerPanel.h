#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "skills/Learner.h"
#include "skills/SkillsProgress.h"

#include <QWidget>

class DataTable;
class FormField;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QVBoxLayout;
class ReadOnlyTableModel;

// One learner at the desk: find them (card scanned, id or part of a name), record a badge (badge, date,
// the TechMate who supported it), and see their progress: points towards each award as bars, points per
// category, their badges (revoke one), and a printable summary.
class LearnerPanel : public QWidget {
    Q_OBJECT
public:
    LearnerPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;
    void findLearner();
    void showLearner(const Learner &learner);
    void recordBadge();
    void revokeSelected();
    void printSummary();
    void saveSummaryPdf();
    const Learner &learner() const { return m_learner; }

signals:
    void badgesChanged();

private:
    void loadChoices();
    void showProgress();
    QString summaryHtml() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    Learner m_learner;
    std::optional<LearnerProgress> m_progress;
    FormField *m_find = nullptr;
    QListWidget *m_matches = nullptr;
    QList<Learner> m_matchList;
    MessageBanner *m_message = nullptr;
    QLabel *m_learnerName = nullptr;
    QComboBox *m_badge = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_supportedBy = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_bars = nullptr;
    QVBoxLayout *m_barsLayout = nullptr;
    DataTable *m_badges = nullptr;
    ReadOnlyTableModel *m_badgesModel = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QWidget *m_learnerArea = nullptr;
};
