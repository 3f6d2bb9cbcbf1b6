#include "LanguageDialog.h"

#include "DeskLanguage.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
QString nativeName(const QString &code) {
    for (const Translations::Language &l : Translations::languages()) {
        if (l.code == code) {
            return l.nativeName;
        }
    }
    return code;
}
} // namespace

LanguageDialog::LanguageDialog(QSettings &settings, const QString &inUse, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings) {
    setObjectName(QStringLiteral("languageDialog"));
    setWindowTitle(tr("Language"));

    auto *intro = new QLabel(tr("The language of the desk on this computer. Each language is shown in its "
                                "own words, so anyone can find theirs."),
                             this);
    intro->setWordWrap(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("The system's language (%1)").arg(nativeName(Translations::resolve(QString()))),
                        QString());
    for (const Translations::Language &l : Translations::languages()) {
        m_language->addItem(l.nativeName, l.code);
    }
    const int saved = m_language->findData(DeskLanguage::savedChoice(settings));
    m_language->setCurrentIndex(saved < 0 ? 0 : saved);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);

    m_note = new QLabel(tr("In use now: %1. A new choice takes effect the next time TechMates Desk starts.")
                            .arg(nativeName(inUse)),
                        this);
    m_note->setObjectName(QStringLiteral("languageNote"));
    m_note->setWordWrap(true);
    m_note->setProperty("muted", true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("languageSave"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("languageCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LanguageDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString LanguageDialog::choice() const {
    return m_language->currentData().toString();
}

void LanguageDialog::save() {
    DeskLanguage::saveChoice(m_settings, choice());
    accept();
}
