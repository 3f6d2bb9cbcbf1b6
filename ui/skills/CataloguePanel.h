#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QWidget>

class DataTable;
class MessageBanner;
class QLabel;
class QPushButton;
class ReadOnlyTableModel;

// The council's badge catalogue and award levels. Everyone who records badges sees them and can export them
// (JSON or CSV); an administrator (badge.catalogue) adds and edits badges, sets award thresholds (Silver,
// Gold, …), loads the shipped iDEA catalogue or imports a catalogue file.
class CataloguePanel : public QWidget {
    Q_OBJECT
public:
    CataloguePanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;
    void addBadge();
    void editSelected();
    void setAward();
    void loadDefault();
    void importFile();
    void exportFile(bool csv);

signals:
    void catalogueChanged();

private:
    bool runAndReport(class Command &command);

    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QLabel *m_awards = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
