#include "BadgeImportPanel.h"
#include "commands/CommandBus.h"

#include "MessageBanner.h"
#include "core/Clock.h"
#include "core/CsvReader.h"
#include "devices/StoreRead.h"
#include "loans/FormField.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

BadgeImportPanel::BadgeImportPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("badgeImportPanel"));
    auto *intro =
        new QLabel(tr("A CSV file of badge completions, one row per badge: the learner (library card, id or "
                      "user name), the badge (code or name) and the date, and optionally the TechMate who "
                      "supported it. Check the file, then import: every row goes in, or none."),
                   this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    m_path = new FormField(QStringLiteral("importPath"), tr("CSV file of badge completions"), this);
    pathLabel->setBuddy(m_path);
    m_choose = new QPushButton(tr("Choo&se…"), this);
    m_choose->setObjectName(QStringLiteral("importChoose"));
    m_choose->setAccessibleName(tr("Choose the CSV file"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);

    m_mapping = new QWidget(this);
    m_mappingForm = new QFormLayout(m_mapping);
    m_mapping->hide();
    m_check = new QPushButton(tr("Chec&k the file"), this);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_check->setAccessibleName(tr("Check the file without importing"));
    m_import = new QPushButton(tr("&Import all rows"), this);
    m_import->setObjectName(QStringLiteral("importRun"));
    m_import->setAccessibleName(tr("Import every row of the checked file"));
    m_import->setEnabled(false);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Rows that cannot be matched"));
    m_problems->setReadOnly(true);
    m_problems->hide();
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("importMessage"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(pathRow);
    layout->addWidget(m_mapping);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_problems, 1);
    layout->addStretch(0);

    connect(m_choose, &QPushButton::clicked, this, &BadgeImportPanel::chooseFile);
    connect(m_path, &QLineEdit::returnPressed, this, [this] { loadFile(m_path->text().trimmed()); });
    connect(m_check, &QPushButton::clicked, this, &BadgeImportPanel::checkFile);
    connect(m_import, &QPushButton::clicked, this, &BadgeImportPanel::importFile);
}

QWidget *BadgeImportPanel::focusTarget() const {
    return m_path;
}

void BadgeImportPanel::chooseFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose a CSV of badge completions"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
        loadFile(path);
    }
}

bool BadgeImportPanel::loadFile(const QString &path) {
    m_import->setEnabled(false);
    m_problems->hide();
    m_mapping->hide();
    m_bytes.clear();
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        m_message->showError(
            tr("The file cannot be read: %1").arg(path.isEmpty() ? tr("no file chosen") : f.errorString()));
        return false;
    }
    if (f.size() > BadgeImport::kMaxBytes) {
        m_message->showError(tr("The file is too large to import (at most 20 MB)."));
        return false;
    }
    m_bytes = f.readAll();
    // One choice per column of the header, preset from the built-in names.
    while (m_mappingForm->rowCount() > 0) {
        m_mappingForm->removeRow(0);
    }
    m_columns.clear();
    QString text;
    QString error;
    if (!CsvReader::decode(m_bytes, &text, &error)) {
        m_message->showError(error);
        return false;
    }
    CsvReader reader(text);
    const QStringList header = reader.atEnd() ? QStringList() : reader.next().fields;
    const QList<QPair<BadgeImportField, QString>> fields{
        {BadgeImportField::Ignore, tr("Not used")},
        {BadgeImportField::Learner, tr("Learner (card or id)")},
        {BadgeImportField::Badge, tr("Badge (code or name)")},
        {BadgeImportField::Date, tr("Date achieved")},
        {BadgeImportField::SupportedBy, tr("Supported by (TechMate)")}};
    for (int i = 0; i < header.size(); ++i) {
        auto *combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("importColumn%1").arg(i));
        combo->setAccessibleName(tr("What the column “%1” holds").arg(header.at(i)));
        for (const auto &[field, label] : fields) {
            combo->addItem(label, int(field));
        }
        const std::optional<BadgeImportField> known = BadgeImport::builtInField(header.at(i));
        combo->setCurrentIndex(combo->findData(int(known.value_or(BadgeImportField::Ignore))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_import->setEnabled(false); });
        m_mappingForm->addRow(
            header.at(i).simplified().isEmpty() ? tr("(column %1)").arg(i + 1) : header.at(i), combo);
        m_columns.append({header.at(i), combo});
    }
    m_mapping->setVisible(!m_columns.isEmpty());
    m_message->showInfo(tr("Match the columns if needed, then check the file."));
    return true;
}

BadgeImportOptions BadgeImportPanel::options() const {
    BadgeImportOptions o;
    for (const auto &[header, combo] : m_columns) {
        o.columns.insert(header, BadgeImportField(combo->currentData().toInt()));
    }
    return o;
}

void BadgeImportPanel::checkFile() {
    if (m_bytes.isEmpty() && !loadFile(m_path->text().trimmed())) {
        return;
    }
    StoreRead::run(m_message, [&] {
        m_plan = BadgeImport::plan(m_bytes, m_ctx.store.database(), m_actor, m_ctx.clock.today(), options());
    });
    m_problems->setVisible(!m_plan.problems.isEmpty());
    m_problems->setPlainText(m_plan.problems.join(QLatin1Char('\n')));
    if (!m_plan.ok()) {
        m_message->showError(
            tr("%1 row(s) cannot be matched; nothing will be imported until they are put right.")
                .arg(m_plan.problems.size()));
        m_import->setEnabled(false);
        return;
    }
    m_message->showInfo(tr("All %1 row(s) can be imported.").arg(m_plan.entries.size()));
    m_import->setEnabled(true);
    m_import->setFocus();
}

void BadgeImportPanel::importFile() {
    if (!m_plan.ok()) {
        checkFile();
        return;
    }
    RecordBadgesCommand command(RecordBadgesCommand::Kind::Import, m_plan.entries);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    m_import->setEnabled(false);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(r.message());
    m_plan = {};
    emit badgesChanged();
}
