#include "BadgeDialog.h"
#include "commands/CommandBus.h"

#include "MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

BadgeDialog::BadgeDialog(const QStringList &categories, const std::optional<Badge> &badge, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("badgeDialog"));
    setWindowTitle(badge ? tr("Edit the badge %1").arg(badge->code) : tr("Add a badge"));
    m_message = new MessageBanner(this);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("badgeCode"));
    m_code->setAccessibleName(tr("Badge code"));
    m_code->setPlaceholderText(tr("for example CIT-13"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("badgeName"));
    m_name->setAccessibleName(tr("Badge name"));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("badgeCategory"));
    m_category->setAccessibleName(tr("Badge category"));
    m_category->setEditable(true);
    m_category->addItems(categories);
    m_points = new QSpinBox(this);
    m_points->setObjectName(QStringLiteral("badgePoints"));
    m_points->setAccessibleName(tr("Points"));
    m_points->setRange(0, 1000);
    m_points->setSingleStep(10);
    m_active = new QCheckBox(tr("&Offered (learners can earn it)"), this);
    m_active->setObjectName(QStringLiteral("badgeActive"));
    m_active->setChecked(true);
    if (badge) {
        m_version = badge->version;
        m_code->setText(badge->code);
        m_code->setReadOnly(true);
        m_name->setText(badge->name);
        m_category->setCurrentText(badge->category);
        m_points->setValue(badge->points);
        m_active->setChecked(badge->active);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("C&ategory"), m_category);
    form->addRow(tr("&Points"), m_points);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("badgeDialogButtons"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (badge ? m_name : m_code)->setFocus();
}

Badge BadgeDialog::badge() const {
    return Badge{QString(),         m_code->text(),        m_name->text(), m_category->currentText(),
                 m_points->value(), m_active->isChecked(), m_version};
}

void BadgeDialog::showError(const QString &message) {
    m_message->showError(message);
}
