#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "residents/Resident.h"

#include <QDialog>
#include <QHash>
#include <QSet>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

// Adds or edits one resident. Problems are shown against their field (red border and a line of text
// under it) when the person leaves the field or tries to save; a refusal from the write path is shown at
// the top and the dialog stays open with everything typed intact. People without the edit permission
// get the same form read-only (the command would refuse them anyway).
class ResidentEditorDialog : public QDialog {
    Q_OBJECT
public:
    ResidentEditorDialog(DeskContext &ctx, Actor actor, Resident resident, bool isNew,
                         QWidget *parent = nullptr);
    ~ResidentEditorDialog() override;

    bool isNew() const { return m_isNew; }
    bool isReadOnly() const { return m_readOnly; }
    QString savedResidentId() const { return m_savedId; }
    QString savedSummary() const { return m_savedSummary; }
    QString savedCard() const { return m_savedCard; }

    void accept() override;

private:
    QWidget *buildForm();
    QWidget *withProblemLine(QWidget *field, const QString &fieldKey);
    void loadFields();
    Resident collect(QString *dateProblem) const;
    // Checks every field, shows problems on those the person has left (or all, after a save attempt),
    // and returns the problems of the whole form.
    QHash<QString, QString> validateFields();
    void fieldEdited(const QString &fieldKey);
    void fieldLeft(const QString &fieldKey);
    void tidyField(const QString &fieldKey);
    void setReadOnlyMode();

    DeskContext &m_ctx;
    const Actor m_actor;
    Resident m_original;
    const bool m_isNew;
    const bool m_readOnly;

    QLineEdit *m_givenName = nullptr;
    QLineEdit *m_familyName = nullptr;
    QLineEdit *m_card = nullptr;
    QLineEdit *m_dateOfBirth = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QCheckBox *m_consentPhone = nullptr;
    QCheckBox *m_consentSms = nullptr;
    QCheckBox *m_consentEmail = nullptr;
    QCheckBox *m_consentPost = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_eligibility = nullptr;
    QLineEdit *m_referral = nullptr;
    QComboBox *m_homeBranch = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    MessageBanner *m_message = nullptr;
    QScrollArea *m_scroll = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;

    QHash<QString, QWidget *> m_fields;       // validator field key → input
    QHash<QString, QLabel *> m_problemLabels; // validator field key → the line under it
    QSet<QString> m_touched;
    bool m_saveAttempted = false;
    bool m_bannerShowsFieldProblems = false;

    QString m_savedId;
    QString m_savedSummary;
    QString m_savedCard;
};
