#include "ImportMappingForm.h"

#include "FormFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QVBoxLayout>

namespace {
// Text from the file shown as a label: an "&" would otherwise become a keyboard mnemonic.
QString literal(const QString &text) {
    return QString(text).replace(QLatin1Char('&'), QStringLiteral("&&"));
}

QString fold(const QString &value) {
    return value.simplified().toLower(); // as DeviceImport compares values
}

const QList<DeviceField> kFields{DeviceField::Tag,     DeviceField::Type,       DeviceField::Branch,
                                 DeviceField::Serial,  DeviceField::Make,       DeviceField::Model,
                                 DeviceField::Status,  DeviceField::AcquiredOn, DeviceField::Notes,
                                 DeviceField::SimIccid};

QWidget *newFormHost(QGroupBox *box, QWidget **slot) {
    delete *slot;
    *slot = new QWidget(box);
    auto *form = FormFields::form(*slot);
    form->setContentsMargins(0, 0, 0, 0);
    box->layout()->addWidget(*slot);
    return *slot;
}
} // namespace

ImportMappingForm::ImportMappingForm(QList<DeviceType> types, QList<Branch> branches, QWidget *parent)
    : QWidget(parent)
    , m_types(std::move(types))
    , m_branches(std::move(branches)) {
    setObjectName(QStringLiteral("importMapping"));

    m_columnsBox = new QGroupBox(tr("What each column holds"), this);
    new QVBoxLayout(m_columnsBox);

    auto *defaults = new QGroupBox(tr("For rows that leave it blank"), this);
    auto *defaultsForm = FormFields::form(defaults);
    m_defaultType = FormFields::combo(defaults, QStringLiteral("importDefaultType"),
                                      tr("Device type for rows without one"));
    m_defaultType->addItem(tr("None: such a row is a problem"), QString());
    for (const DeviceType &t : m_types) {
        m_defaultType->addItem(tr("%1 — %2").arg(t.code, t.name), t.code);
    }
    m_defaultBranch =
        FormFields::combo(defaults, QStringLiteral("importDefaultBranch"), tr("Branch for rows without one"));
    m_defaultBranch->addItem(tr("None: such a row is a problem"), QString());
    for (const Branch &b : m_branches) {
        m_defaultBranch->addItem(tr("%1 (%2)").arg(b.name, b.code), b.code);
    }
    m_defaultStatus =
        FormFields::combo(defaults, QStringLiteral("importDefaultStatus"), tr("Status for rows without one"));
    // Unknown history means unknown data on the device: it is wiped before anyone borrows it.
    m_defaultStatus->addItem(tr("Awaiting wipe (history unknown)"),
                             deviceStatusKey(DeviceStatus::AwaitingWipe));
    m_defaultStatus->addItem(tr("Available (new stock, already wiped)"),
                             deviceStatusKey(DeviceStatus::Available));
    FormFields::addRow(defaultsForm, tr("Device t&ype"), m_defaultType);
    FormFields::addRow(defaultsForm, tr("Branc&h"), m_defaultBranch);
    FormFields::addRow(defaultsForm, tr("Stat&us"), m_defaultStatus);

    m_typeValuesBox = new QGroupBox(tr("Device types in the file"), this);
    new QVBoxLayout(m_typeValuesBox);
    m_branchValuesBox = new QGroupBox(tr("Branches in the file"), this);
    new QVBoxLayout(m_branchValuesBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_columnsBox);
    layout->addWidget(defaults);
    layout->addWidget(m_typeValuesBox);
    layout->addWidget(m_branchValuesBox);
    layout->addStretch(1);

    for (QComboBox *c : {m_defaultType, m_defaultBranch, m_defaultStatus}) {
        connect(c, &QComboBox::currentIndexChanged, this, &ImportMappingForm::changed);
    }
}

QString ImportMappingForm::fieldLabel(DeviceField field) {
    switch (field) {
    case DeviceField::Ignore:
        return tr("Not imported");
    case DeviceField::Tag:
        return tr("Asset tag");
    case DeviceField::Type:
        return tr("Device type");
    case DeviceField::Branch:
        return tr("Branch");
    case DeviceField::Serial:
        return tr("Serial number");
    case DeviceField::Make:
        return tr("Make");
    case DeviceField::Model:
        return tr("Model");
    case DeviceField::Status:
        return tr("Status");
    case DeviceField::AcquiredOn:
        return tr("Date acquired");
    case DeviceField::Notes:
        return tr("Notes");
    case DeviceField::SimIccid:
        return tr("SIM ICCID");
    }
    return {};
}

void ImportMappingForm::setFile(const QStringList &header, const QList<QStringList> &records) {
    m_header = header;
    m_records = records;
    m_columnCombos.clear();
    QWidget *host = newFormHost(m_columnsBox, &m_columnsForm);
    auto *form = static_cast<QFormLayout *>(host->layout());
    for (int i = 0; i < m_header.size(); ++i) {
        const QString name = m_header.at(i).simplified();
        auto *combo = FormFields::combo(host, QStringLiteral("importColumn_%1").arg(i),
                                        tr("What the column “%1” holds").arg(name));
        combo->addItem(fieldLabel(DeviceField::Ignore), DeviceImport::fieldKey(DeviceField::Ignore));
        for (DeviceField f : kFields) {
            combo->addItem(fieldLabel(f), DeviceImport::fieldKey(f));
        }
        // Pre-filled from the names the core knows (Snipe-IT's and plain ones), each field once.
        const std::optional<DeviceField> known = DeviceImport::builtInField(name);
        if (known && columnHolding(*known) < 0) {
            combo->setCurrentIndex(combo->findData(DeviceImport::fieldKey(*known)));
        }
        m_columnCombos.append(combo);
        QString example;
        for (const QStringList &r : m_records) {
            if (i < r.size() && !r.at(i).trimmed().isEmpty()) {
                example = r.at(i).simplified();
                break;
            }
        }
        auto *row = new QWidget(host);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(combo);
        auto *sample =
            new QLabel(example.isEmpty() ? tr("(empty)") : tr("e.g. %1").arg(example.left(40)), row);
        sample->setProperty("muted", true);
        sample->setTextFormat(Qt::PlainText);
        rowLayout->addWidget(sample, 1);
        auto *label =
            new QLabel(name.isEmpty() ? tr("(column %1, no name)").arg(i + 1) : literal(name), host);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(combo);
        form->addRow(label, row);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            rebuildValueMaps();
            emit changed();
        });
    }
    if (m_header.isEmpty()) {
        form->addRow(new QLabel(tr("Choose a file first."), host));
    }
    rebuildValueMaps();
}

int ImportMappingForm::columnHolding(DeviceField field) const {
    const QString key = DeviceImport::fieldKey(field);
    for (int i = 0; i < m_columnCombos.size(); ++i) {
        if (m_columnCombos.at(i)->currentData().toString() == key) {
            return i;
        }
    }
    return -1;
}

QStringList ImportMappingForm::distinctValues(int column) const {
    QStringList values;
    QSet<QString> seen;
    for (const QStringList &r : m_records) {
        if (column < 0 || column >= r.size()) {
            continue;
        }
        const QString v = r.at(column).simplified();
        if (!v.isEmpty() && !seen.contains(fold(v))) {
            seen.insert(fold(v));
            values.append(v);
        }
    }
    return values;
}

void ImportMappingForm::rebuildValueMaps() {
    // A type is read from the type column or, when there is none, from the model (see docs/loans.md).
    int typeColumn = columnHolding(DeviceField::Type);
    const bool byModel = typeColumn < 0;
    if (byModel) {
        typeColumn = columnHolding(DeviceField::Model);
    }
    struct Section {
        QGroupBox *box;
        QWidget **host;
        QList<QComboBox *> *combos;
        QHash<QString, QString> *choices;
        int column;
        QString objectPrefix;
        QString emptyText;
    };
    const Section sections[] = {
        {m_typeValuesBox, &m_typeValuesForm, &m_typeValueCombos, &m_typeChoices, typeColumn,
         QStringLiteral("importTypeValue_"), tr("No column holds the device type or the model.")},
        {m_branchValuesBox, &m_branchValuesForm, &m_branchValueCombos, &m_branchChoices,
         columnHolding(DeviceField::Branch), QStringLiteral("importBranchValue_"),
         tr("No column holds the branch.")},
    };
    m_typeValuesBox->setTitle(byModel ? tr("Device types, by the model in the file")
                                      : tr("Device types in the file"));
    for (const Section &s : sections) {
        s.combos->clear();
        QWidget *host = newFormHost(s.box, s.host);
        auto *form = static_cast<QFormLayout *>(host->layout());
        const QStringList values = distinctValues(s.column);
        if (values.isEmpty()) {
            auto *none =
                new QLabel(s.column < 0 ? s.emptyText : tr("The column is empty in every row."), host);
            none->setProperty("muted", true);
            form->addRow(none);
            continue;
        }
        const bool isType = s.box == m_typeValuesBox;
        for (int i = 0; i < values.size() && i < kMaxValues; ++i) {
            const QString value = values.at(i);
            auto *combo = FormFields::combo(host, s.objectPrefix + QString::number(i),
                                            isType ? tr("Device type for “%1”").arg(value)
                                                   : tr("Branch for “%1”").arg(value));
            combo->setProperty("csvValue", value);
            combo->addItem(tr("Match by code or name"), QString());
            if (isType) {
                for (const DeviceType &t : m_types) {
                    combo->addItem(tr("%1 — %2").arg(t.code, t.name), t.code);
                }
            } else {
                for (const Branch &b : m_branches) {
                    combo->addItem(tr("%1 (%2)").arg(b.name, b.code), b.code);
                }
            }
            const int kept = combo->findData(s.choices->value(fold(value)));
            combo->setCurrentIndex(qMax(0, kept));
            QHash<QString, QString> *choices = s.choices;
            connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, choices, value] {
                choices->insert(fold(value), combo->currentData().toString());
                emit changed();
            });
            auto *label = new QLabel(literal(value), host);
            label->setTextFormat(Qt::PlainText);
            label->setBuddy(combo);
            form->addRow(label, combo);
            s.combos->append(combo);
        }
        if (values.size() > kMaxValues) {
            auto *more = new QLabel(
                tr("%1 more values are matched by code and name only.").arg(values.size() - kMaxValues),
                host);
            more->setProperty("muted", true);
            form->addRow(more);
        }
    }
}

QComboBox *ImportMappingForm::typeValueCombo(const QString &value) const {
    for (QComboBox *c : m_typeValueCombos) {
        if (fold(c->property("csvValue").toString()) == fold(value)) {
            return c;
        }
    }
    return nullptr;
}

QComboBox *ImportMappingForm::branchValueCombo(const QString &value) const {
    for (QComboBox *c : m_branchValueCombos) {
        if (fold(c->property("csvValue").toString()) == fold(value)) {
            return c;
        }
    }
    return nullptr;
}

DeviceImportOptions ImportMappingForm::options() const {
    DeviceImportOptions o;
    // Every column is mapped explicitly, so what the person chose wins over the built-in names.
    for (int i = 0; i < m_columnCombos.size(); ++i) {
        const std::optional<DeviceField> f =
            DeviceImport::fieldFromKey(m_columnCombos.at(i)->currentData().toString());
        if (!m_header.at(i).simplified().isEmpty()) {
            o.columns.insert(m_header.at(i), f.value_or(DeviceField::Ignore));
        }
    }
    for (QComboBox *c : m_typeValueCombos) {
        if (!c->currentData().toString().isEmpty()) {
            o.typeValues.insert(c->property("csvValue").toString(), c->currentData().toString());
        }
    }
    for (QComboBox *c : m_branchValueCombos) {
        if (!c->currentData().toString().isEmpty()) {
            o.branchValues.insert(c->property("csvValue").toString(), c->currentData().toString());
        }
    }
    o.defaultTypeCode = m_defaultType->currentData().toString();
    o.defaultBranchCode = m_defaultBranch->currentData().toString();
    o.defaultStatus =
        deviceStatusFromKey(m_defaultStatus->currentData().toString()).value_or(DeviceStatus::AwaitingWipe);
    return o;
}
