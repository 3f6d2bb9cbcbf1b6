#pragma once

#include "training/TrainingCommands.h"

#include <QDialog>

class FormField;
class MessageBanner;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Evidence for one outcome: what kind (observation, file, photo, note), the note or description, and the
// file, which is copied into the store's evidence folder when saved (so the original can be moved or
// deleted).
class EvidenceDialog : public QDialog {
    Q_OBJECT
public:
    EvidenceDialog(const QString &outcomeTitle, const QString &evidenceNeeded, bool observer,
                   QWidget *parent = nullptr);

    QString kind() const;
    QString note() const;
    QString filePath() const;
    void showError(const QString &message);

private:
    void chooseFile();
    void kindChanged();

    QComboBox *m_kind = nullptr;
    QPlainTextEdit *m_note = nullptr;
    FormField *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    MessageBanner *m_message = nullptr;
};
