#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "training/TrainingQueries.h"

#include <QWidget>

class MessageBanner;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// One volunteer's portfolio: every unit of their pathway with its outcomes, the evidence for each and who
// signed it off. A volunteer adds their own evidence; an assessor adds observations and signs outcomes off
// (never evidence they wrote); a coordinator verifies achieved units; anyone who may see it prints it or
// saves it as PDF.
class PortfolioPanel : public QWidget {
    Q_OBJECT
public:
    PortfolioPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;
    void showVolunteer(const QString &volunteerId);
    void addEvidence();
    void signOff();
    void verifyUnit();
    void openEvidence();
    void printPortfolio();
    void savePdf();

signals:
    void trainingChanged();

private:
    void loadTrainees();
    void fill();
    // The selected tree item's unit and outcome indexes (outcome -1 for a unit row).
    bool selection(int *unit, int *outcome, int *evidence) const;
    void reselect(const QString &key);

    DeskContext &m_ctx;
    const Actor m_actor;
    std::optional<Portfolio> m_portfolio;
    QComboBox *m_trainee = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_addEvidence = nullptr;
    QPushButton *m_signOff = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};
