#include "FormDialog.h"

#include "BookingsPanel.h"
#include "MessageBanner.h"
#include "commands/CommandResult.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

FormDialog::FormDialog(const QString &objectName, const QString &title, QWidget *parent)
    : QDialog(parent) {
    setObjectName(objectName);
    setWindowTitle(title);
    setAccessibleName(title);
    m_message = new MessageBanner(this);
    m_message->setObjectName(objectName + QStringLiteral("Message"));
    m_form = new QFormLayout;
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(objectName + QStringLiteral("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(objectName + QStringLiteral("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(m_form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &FormDialog::trySave);
}

void FormDialog::addRow(const QString &label, QWidget *field) {
    m_form->addRow(label, field);
}

void FormDialog::setSave(std::function<CommandResult()> save) {
    m_save = std::move(save);
    BookingText::nameInnerEditors(this); // the fields are all in place by now
}

void FormDialog::trySave() {
    if (!m_save) {
        return;
    }
    const CommandResult result = m_save();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    QStringList lines{result.message()};
    lines += result.warnings();
    emit saved(lines.join(QLatin1Char('\n')));
    accept();
}
