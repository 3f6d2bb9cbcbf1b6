#pragma once

#include "SectionPage.h"

#include <QTimer>

class DataTable;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class ResidentEditorDialog;
class ResidentSearchModel;
struct Resident;

// Find a resident as you type (a short pause, so a fast typist or a scanner is not slowed down), or scan
// a library card and press Enter to open that resident straight away. Enter or a double click on a row
// opens the editor; Ctrl+N adds a new resident.
class ResidentsPage : public SectionPage {
    Q_OBJECT
public:
    ResidentsPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    void newResident();
    void focusSearch();

    static constexpr int kDebounceMs = 150;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void searchEntered();
    void openCurrent();
    void openResident(const QString &residentId);
    void showEditor(const Resident &resident, bool isNew);
    void editorFinished(int result);
    void selectResident(const QString &residentId);
    void updateCount();

    QLineEdit *m_search = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_notice = nullptr;
    DataTable *m_table = nullptr;
    ResidentSearchModel *m_model = nullptr;
    ResidentEditorDialog *m_editor = nullptr;
    QTimer m_debounce;
    QString m_lastQuery;
    QString m_unknownCard; // a scanned card nobody has yet, offered to "New resident"
};
