#include "EvidenceDialog.h"

#include "MessageBanner.h"
#include "loans/FormField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

EvidenceDialog::EvidenceDialog(const QString &outcomeTitle, const QString &evidenceNeeded, bool observer,
                               QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("evidenceDialog"));
    setWindowTitle(tr("Add evidence"));
    auto *title = new QLabel(outcomeTitle, this);
    title->setWordWrap(true);
    title->setProperty("heading", true);
    auto *needed = new QLabel(
        evidenceNeeded.isEmpty() ? QString() : tr("Evidence needed: %1").arg(evidenceNeeded), this);
    needed->setWordWrap(true);
    needed->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("evidenceMessage"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("evidenceKind"));
    m_kind->setAccessibleName(tr("Kind of evidence"));
    m_kind->addItem(tr("Note in your own words"), QStringLiteral("note"));
    m_kind->addItem(tr("Observation of a session"), QStringLiteral("observation"));
    m_kind->addItem(tr("File (document, certificate)"), QStringLiteral("file"));
    m_kind->addItem(tr("Photo"), QStringLiteral("photo"));
    if (observer) {
        m_kind->setCurrentIndex(1);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("evidenceNote"));
    m_note->setAccessibleName(tr("Note or description"));
    m_note->setTabChangesFocus(true);
    m_file = new FormField(QStringLiteral("evidenceFile"), tr("File to add as evidence"), this);
    m_choose = new QPushButton(tr("C&hoose…"), this);
    m_choose->setObjectName(QStringLiteral("evidenceChoose"));
    m_choose->setAccessibleName(tr("Choose the file"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Note"), m_note);
    form->addRow(tr("&File"), fileRow);
    auto *limit =
        new QLabel(tr("Files are copied into the desk's evidence folder (at most 20 MB each)."), this);
    limit->setProperty("muted", true);
    limit->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("evidenceButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(needed);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(limit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &EvidenceDialog::chooseFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EvidenceDialog::kindChanged);
    kindChanged();
    m_kind->setFocus();
}

void EvidenceDialog::kindChanged() {
    const bool file = AddEvidenceCommand::needsFile(kind());
    m_file->setEnabled(file);
    m_choose->setEnabled(file);
}

void EvidenceDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the evidence file"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        kind() == QLatin1String("photo") ? tr("Photos (*.jpg *.jpeg *.png *.gif *.webp *.heic)")
                                         : tr("All files (*)"));
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

QString EvidenceDialog::kind() const {
    return m_kind->currentData().toString();
}

QString EvidenceDialog::note() const {
    return m_note->toPlainText();
}

QString EvidenceDialog::filePath() const {
    return AddEvidenceCommand::needsFile(kind()) ? m_file->text().trimmed() : QString();
}

void EvidenceDialog::showError(const QString &message) {
    m_message->showError(message);
}
