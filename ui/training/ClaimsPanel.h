#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QWidget>

class DataTable;
class MessageBanner;
class QPushButton;
class ReadOnlyTableModel;

// Certification claims (training.verify): the verified units not yet claimed, a new claim batching them, the
// claims with their status (draft → submitted → certificated), and the certificate numbers once they are
// back.
class ClaimsPanel : public QWidget {
    Q_OBJECT
public:
    ClaimsPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;
    void createClaim();
    void submitClaim();
    void recordCertificates();

signals:
    void trainingChanged();

private:
    void showItems();
    QString currentClaim() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    DataTable *m_claimable = nullptr;
    ReadOnlyTableModel *m_claimableModel = nullptr;
    DataTable *m_claims = nullptr;
    ReadOnlyTableModel *m_claimsModel = nullptr;
    DataTable *m_items = nullptr;
    ReadOnlyTableModel *m_itemsModel = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_certificates = nullptr;
};
