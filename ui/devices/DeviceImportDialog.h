#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "devices/DeviceImport.h"

#include <QDialog>

class DataTable;
class ImportMappingForm;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class ReadOnlyTableModel;

// Imports devices from a CSV file in four steps: choose the file (with a preview of its first rows), match
// the columns and values, check (every problem with its line number), import. The rows are read only by
// the core (CsvReader for the preview, DeviceImport::plan for the check, ImportDevicesCommand for the
// import, which plans again inside its transaction): a file with problems imports nothing unless "Import
// only the valid rows" is ticked.
class DeviceImportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Step { File, Columns, Check, Done };

    DeviceImportDialog(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    Step step() const { return m_step; }
    // What the Next and Back buttons do, also for scripts and tests.
    void goNext();
    void goBack();
    // Reads the file and shows its preview; false (with the reason shown) when it cannot be used.
    bool loadFile(const QString &path);

    ImportMappingForm *mapping() const { return m_mapping; }
    const DeviceImport::Plan &plan() const { return m_plan; }
    bool imported() const { return m_imported; }
    QString resultSummary() const { return m_resultSummary; }

    void runImport();

    static constexpr int kPreviewRows = 5;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilePage();
    QWidget *buildColumnsPage();
    QWidget *buildCheckPage();
    QWidget *buildDonePage();
    void showStep(Step step);
    void browse();
    void runCheck();

    DeskContext &m_ctx;
    const Actor m_actor;
    Step m_step = Step::File;

    QLabel *m_stepTitle = nullptr;
    MessageBanner *m_message = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_fileSummary = nullptr;
    DataTable *m_preview = nullptr;
    ReadOnlyTableModel *m_previewModel = nullptr;
    ImportMappingForm *m_mapping = nullptr;
    QLabel *m_checkSummary = nullptr;
    DataTable *m_problems = nullptr;
    ReadOnlyTableModel *m_problemsModel = nullptr;
    QLabel *m_ignored = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_result = nullptr;
    QPlainTextEdit *m_resultNotes = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;

    QString m_loadedPath;
    QByteArray m_bytes;
    DeviceImport::Plan m_plan;
    bool m_imported = false;
    QString m_resultSummary;
};
