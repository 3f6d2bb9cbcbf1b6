#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "skills/BadgeImport.h"

#include <QWidget>

class FormField;
class MessageBanner;
class QComboBox;
class QFormLayout;
class QPlainTextEdit;
class QPushButton;

// Imports a CSV of badge completions: choose the file, match its columns to learner, badge, date and
// supporter, check it (every row that cannot be matched is listed by line), then import all rows in one go.
// Nothing is imported while any row has a problem.
class BadgeImportPanel : public QWidget {
    Q_OBJECT
public:
    BadgeImportPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const;
    void chooseFile();
    bool loadFile(const QString &path);
    void checkFile();
    void importFile();

signals:
    void badgesChanged();

private:
    BadgeImportOptions options() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    QByteArray m_bytes;
    BadgeImport::Plan m_plan;
    FormField *m_path = nullptr;
    QPushButton *m_choose = nullptr;
    QWidget *m_mapping = nullptr;
    QFormLayout *m_mappingForm = nullptr;
    QList<QPair<QString, QComboBox *>> m_columns;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    MessageBanner *m_message = nullptr;
};
