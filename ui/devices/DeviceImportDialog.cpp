#include "DeviceImportDialog.h"

#include "DataTable.h"
#include "DeskStyle.h"
#include "FormFields.h"
#include "ImportMappingForm.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "StoreRead.h"
#include "commands/CommandBus.h"
#include "core/Clock.h"
#include "core/CsvReader.h"
#include "devices/DeviceRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

DeviceImportDialog::DeviceImportDialog(DeskContext &ctx, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("deviceImportDialog"));
    setWindowTitle(tr("Import devices from a CSV file"));

    m_stepTitle = new QLabel(this);
    m_stepTitle->setObjectName(QStringLiteral("importStepTitle"));
    m_stepTitle->setFont(DeskStyle::scaledFont(this, 1.3));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("importMessage"));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildFilePage());
    m_pages->addWidget(buildColumnsPage());
    m_pages->addWidget(buildCheckPage());
    m_pages->addWidget(buildDonePage());

    m_back = FormFields::button(this, tr("< &Back"), QStringLiteral("importBackButton"), tr("Back"));
    m_next = FormFields::button(this, tr("&Next >"), QStringLiteral("importNextButton"), tr("Next"));
    m_close = FormFields::button(this, tr("Cancel"), QStringLiteral("importCloseButton"), tr("Cancel"));
    connect(m_back, &QPushButton::clicked, this, &DeviceImportDialog::goBack);
    connect(m_next, &QPushButton::clicked, this, &DeviceImportDialog::goNext);
    connect(m_close, &QPushButton::clicked, this, [this] { m_imported ? accept() : reject(); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(m_stepTitle);
    layout->addWidget(m_message);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    const int chars = fontMetrics().averageCharWidth();
    resize(chars * 120, fontMetrics().lineSpacing() * 36);
    showStep(Step::File);
}

QWidget *DeviceImportDialog::buildFilePage() {
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Choose a CSV file saved as UTF-8, for example a Snipe-IT asset export. Its "
                                "first line must name the columns."),
                             page);
    intro->setWordWrap(true);
    m_path = FormFields::line(page, QStringLiteral("importFilePath"), tr("CSV file to import"), 4096, 40);
    m_path->setPlaceholderText(tr("Path of the CSV file"));
    m_path->installEventFilter(this);
    auto *pathLabel = new QLabel(tr("&File"), page);
    pathLabel->setBuddy(m_path);
    QPushButton *browse = FormFields::button(page, tr("B&rowse…"), QStringLiteral("importBrowseButton"),
                                             tr("Choose the CSV file"));
    connect(browse, &QPushButton::clicked, this, &DeviceImportDialog::browse);
    m_fileSummary = new QLabel(page);
    m_fileSummary->setObjectName(QStringLiteral("importFileSummary"));
    m_fileSummary->setProperty("muted", true);
    m_fileSummary->setWordWrap(true);
    m_previewModel = new ReadOnlyTableModel({}, this);
    m_preview = new DataTable(QStringLiteral("importPreview"), tr("The first rows of the file"), page);
    m_preview->setModel(m_previewModel);
    m_preview->setEmptyText(tr("The first rows of the file appear here."));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addWidget(m_fileSummary);
    layout->addWidget(m_preview, 1);
    return page;
}

QWidget *DeviceImportDialog::buildColumnsPage() {
    QList<DeviceType> types;
    QList<Branch> branches;
    StoreRead::run(m_message, [&] {
        const DeviceRepository repo(m_ctx.store.database());
        types = repo.types();
        branches = repo.branches();
    });
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("importMappingScroll"));
    scroll->setAccessibleName(tr("Match the columns"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_mapping = new ImportMappingForm(types, branches);
    scroll->setWidget(m_mapping);
    return scroll;
}

QWidget *DeviceImportDialog::buildCheckPage() {
    auto *page = new QWidget(this);
    m_checkSummary = new QLabel(page);
    m_checkSummary->setObjectName(QStringLiteral("importCheckSummary"));
    m_checkSummary->setWordWrap(true);
    m_checkSummary->setTextFormat(Qt::PlainText);
    m_problemsModel = new ReadOnlyTableModel({tr("Line"), tr("Problem")}, this);
    m_problemsModel->setNumericColumns({0});
    m_problems = new DataTable(QStringLiteral("importProblems"), tr("Problems found, by line"), page);
    m_problems->setModel(m_problemsModel);
    m_problems->setEmptyText(tr("No problems: every row can be imported."));
    // Problems are sentences: rows grow to show them whole rather than cutting them off.
    m_problems->view()->setWordWrap(true);
    m_problems->view()->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ignored = new QLabel(page);
    m_ignored->setObjectName(QStringLiteral("importIgnoredColumns"));
    m_ignored->setProperty("muted", true);
    m_ignored->setWordWrap(true);
    m_ignored->setTextFormat(Qt::PlainText);
    m_validOnly = new QCheckBox(tr("Import &only the valid rows and skip the ones listed"), page);
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_validOnly->setAccessibleName(tr("Import only the valid rows"));
    m_import =
        FormFields::button(page, tr("&Import"), QStringLiteral("importButton"), tr("Import the devices"));
    connect(m_import, &QPushButton::clicked, this, &DeviceImportDialog::runImport);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_validOnly, 1);
    actions->addWidget(m_import);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checkSummary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_ignored);
    layout->addLayout(actions);
    return page;
}

QWidget *DeviceImportDialog::buildDonePage() {
    auto *page = new QWidget(this);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setFont(DeskStyle::scaledFont(this, 1.1));
    m_resultNotes =
        FormFields::text(page, QStringLiteral("importResultNotes"), tr("What the import noted"), 6);
    m_resultNotes->setReadOnly(true);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_result);
    layout->addWidget(m_resultNotes, 1);
    return page;
}

void DeviceImportDialog::showStep(Step step) {
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    switch (step) {
    case Step::File:
        m_stepTitle->setText(tr("Step 1 of 4: choose the file"));
        break;
    case Step::Columns:
        m_stepTitle->setText(tr("Step 2 of 4: match the columns"));
        break;
    case Step::Check:
        m_stepTitle->setText(tr("Step 3 of 4: check the rows"));
        break;
    case Step::Done:
        m_stepTitle->setText(tr("Step 4 of 4: done"));
        break;
    }
    m_back->setVisible(step == Step::Columns || step == Step::Check);
    m_next->setVisible(step == Step::File || step == Step::Columns);
    m_close->setText(step == Step::Done ? tr("&Close") : tr("Cancel"));
    m_close->setAccessibleName(step == Step::Done ? tr("Close") : tr("Cancel"));
    // Enter does what the step is about: next, import, close.
    m_next->setDefault(step == Step::File || step == Step::Columns);
    m_import->setDefault(step == Step::Check);
    m_close->setDefault(step == Step::Done);
    switch (step) {
    case Step::File:
        m_path->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Columns:
        if (QWidget *first = m_mapping->columnCombo(0)) {
            first->setFocus(Qt::OtherFocusReason);
        }
        break;
    case Step::Check:
        m_import->setFocus(Qt::OtherFocusReason);
        break;
    case Step::Done:
        m_close->setFocus(Qt::OtherFocusReason);
        break;
    }
}

bool DeviceImportDialog::eventFilter(QObject *watched, QEvent *event) {
    // Enter in the path loads the file first (so the preview can be looked at), then moves on.
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_path->text().trimmed() != m_loadedPath) {
            loadFile(m_path->text().trimmed());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DeviceImportDialog::browse() {
    const QString start =
        m_path->text().trimmed().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the CSV file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(QDir::toNativeSeparators(path));
        loadFile(path);
    }
}

bool DeviceImportDialog::loadFile(const QString &path) {
    m_message->clearMessage();
    m_loadedPath.clear();
    m_bytes.clear();
    m_previewModel->setRows({});
    m_fileSummary->clear();
    m_mapping->setFile({}, {});
    if (m_path->text().trimmed() != path) {
        m_path->setText(path);
    }
    QFile file(path);
    if (path.isEmpty()) {
        m_message->showError(tr("Type the path of the CSV file, or choose it with Browse."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(
            tr("The file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (file.size() > ImportDevicesCommand::kMaxBytes) {
        m_message->showError(
            tr("The file is too large to import (at most 20 MB). Split it into smaller files."));
        return false;
    }
    const QByteArray bytes = file.readAll();
    QString text;
    QString error;
    if (!CsvReader::decode(bytes, &text, &error)) {
        m_message->showError(error);
        return false;
    }
    CsvReader reader(text);
    QStringList header;
    QList<QStringList> records;
    int bad = 0;
    while (!reader.atEnd()) {
        const CsvReader::Record r = reader.next();
        if (header.isEmpty() && r.ok()) {
            header = r.fields;
        } else if (r.ok()) {
            records.append(r.fields);
        } else {
            ++bad;
        }
    }
    if (header.isEmpty()) {
        m_message->showError(tr("The file has no lines to read."));
        return false;
    }
    m_bytes = bytes;
    m_loadedPath = path;

    // The preview shows the file as it is; the columns are matched on the next step.
    auto *model = new ReadOnlyTableModel(header, this);
    QList<ReadOnlyTableModel::Row> rows;
    for (int i = 0; i < records.size() && i < kPreviewRows; ++i) {
        rows.append({records.at(i), QString(), false});
    }
    model->setRows(rows);
    m_preview->setModel(model);
    m_previewModel->deleteLater();
    m_previewModel = model;
    QString summary = tr("%1: %2 column(s), %3 row(s) of devices.")
                          .arg(QFileInfo(path).fileName())
                          .arg(header.size())
                          .arg(records.size() + bad);
    if (bad > 0) {
        summary += QLatin1Char(' ') + tr("%1 row(s) cannot be read; the check lists them.").arg(bad);
    }
    m_fileSummary->setText(summary);
    m_mapping->setFile(header, records);
    return true;
}

void DeviceImportDialog::goNext() {
    if (m_step == Step::File) {
        if (m_loadedPath.isEmpty() || m_path->text().trimmed() != m_loadedPath) {
            if (!loadFile(m_path->text().trimmed())) {
                m_path->setFocus(Qt::OtherFocusReason);
                return;
            }
        }
        m_message->clearMessage();
        showStep(Step::Columns);
    } else if (m_step == Step::Columns) {
        m_message->clearMessage();
        runCheck();
        showStep(Step::Check);
    }
}

void DeviceImportDialog::goBack() {
    m_message->clearMessage();
    if (m_step == Step::Columns) {
        showStep(Step::File);
    } else if (m_step == Step::Check) {
        showStep(Step::Columns);
    }
}

void DeviceImportDialog::runCheck() {
    m_plan = DeviceImport::Plan();
    StoreRead::run(m_message, [&] {
        m_plan =
            DeviceImport::plan(m_bytes, m_ctx.store.database(), m_ctx.clock.today(), m_mapping->options());
    });
    QList<ReadOnlyTableModel::Row> rows;
    for (const DeviceImport::Problem &p : m_plan.problems) {
        // The core words row problems to follow "line N:"; in a column of their own they start a sentence.
        QString message = p.message;
        if (!message.isEmpty()) {
            message[0] = message.at(0).toUpper();
        }
        rows.append({{QString::number(p.line), message}, QString::number(p.line), true});
    }
    m_problemsModel->setRows(rows);
    const qsizetype good = m_plan.rows.size();
    const qsizetype bad = m_plan.problems.size();
    if (bad == 0) {
        m_checkSummary->setText(tr("All %1 row(s) can be imported.").arg(good));
    } else if (good == 0) {
        m_checkSummary->setText(
            tr("No row can be imported yet: %1 problem(s), listed by line. Correct the file or "
               "the matching, then check again.")
                .arg(bad));
    } else {
        m_checkSummary->setText(
            tr("%1 row(s) can be imported; %2 problem(s), listed by line. A file with problems "
               "imports nothing unless you choose to import only the valid rows.")
                .arg(good)
                .arg(bad));
    }
    m_ignored->setText(m_plan.ignoredColumns.isEmpty()
                           ? QString()
                           : tr("Not imported: %1.").arg(m_plan.ignoredColumns.join(QStringLiteral(", "))));
    m_ignored->setVisible(!m_plan.ignoredColumns.isEmpty());
    m_validOnly->setChecked(false);
    m_validOnly->setVisible(bad > 0);
    m_validOnly->setEnabled(good > 0);
    m_import->setEnabled(good > 0);
}

void DeviceImportDialog::runImport() {
    if (m_step != Step::Check || m_imported) {
        return;
    }
    DeviceImportOptions options = m_mapping->options();
    options.validOnly = m_validOnly->isChecked();
    ImportDevicesCommand command(m_bytes, options);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        // The problems are listed above already; the refusal's first line says what to do about them.
        m_message->showError(result.status() == CommandResult::Status::Refused
                                 ? result.message().section(QLatin1Char('\n'), 0, 0)
                                 : result.message());
        // What the command saw is what the list should show (the register may have changed meanwhile).
        runCheck();
        m_validOnly->setChecked(options.validOnly);
        return;
    }
    m_imported = true;
    m_resultSummary = result.message();
    m_result->setText(m_resultSummary);
    m_resultNotes->setPlainText(result.warnings().join(QLatin1Char('\n')));
    m_resultNotes->setVisible(!result.warnings().isEmpty());
    m_message->clearMessage();
    showStep(Step::Done);
}
