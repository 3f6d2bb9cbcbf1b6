#pragma once

#include <QDialog>
#include <functional>

class CommandResult;
class MessageBanner;
class QFormLayout;

// A small keyboard-first form for one command: rows of fields, a message line for refusals, Save (Enter in a
// field or Ctrl+S) and Cancel (Esc). `save` runs the command; the dialog closes only when it is done.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    FormDialog(const QString &objectName, const QString &title, QWidget *parent = nullptr);

    QFormLayout *form() const { return m_form; }
    void addRow(const QString &label, QWidget *field);
    void setSave(std::function<CommandResult()> save);

signals:
    void saved(const QString &summary);

private:
    void trySave();

    QFormLayout *m_form = nullptr;
    MessageBanner *m_message = nullptr;
    std::function<CommandResult()> m_save;
};
